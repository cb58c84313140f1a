package dev.cloudblog.providers.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.suggest.document.Completion912PostingsFormat;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;
import org.apache.lucene.util.IOUtils;

/**
 * How posts are analyzed and encoded: the analyzer of each field and the codec. One per open index,
 * shared by the live writer, rebuild writers, the query parser, the highlighter and more-like-this,
 * so that queries are analyzed exactly as the indexed text was. Thread-safe.
 *
 * <p>Title and body use the configured {@link Language}; tags match whole and case-insensitively;
 * authors match whole and exactly; title suggestions are lower-cased whole titles, stored in a
 * completion postings format that the codec picks for their field by name. The codec keeps the
 * default format's name, so an index reopens without it: Lucene finds the completion format of
 * that field through its service name.
 */
final class IndexSchema implements Closeable {

    private final Language language;
    private final Analyzer text;
    private final Analyzer lowerCase = new LowerCaseKeywordAnalyzer();
    private final Analyzer exact = new KeywordAnalyzer();
    private final CompletionAnalyzer titles = new CompletionAnalyzer(lowerCase);
    private final Analyzer fields;
    private final Codec codec = new PostCodec();

    IndexSchema(Language language) {
        this.language = language;
        this.text = language.newAnalyzer();
        this.fields = new PerFieldAnalyzerWrapper(text, Map.of(
                PostDocuments.TAGS, lowerCase,
                PostDocuments.AUTHOR, exact,
                TitleSuggestions.FIELD, titles));
    }

    /** The language of titles and bodies. */
    Language language() {
        return language;
    }

    /** The analyzer of every field, for indexing and for queries. */
    Analyzer analyzer() {
        return fields;
    }

    /** The analyzer of title suggestions, for completion queries. */
    CompletionAnalyzer titleAnalyzer() {
        return titles;
    }

    /** Settings for a writer of this schema that opens its directory in {@code mode}. */
    IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(fields).setCodec(codec).setOpenMode(mode);
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(fields, titles, text, lowerCase, exact);
    }

    /** Whole values, lower-cased. */
    private static final class LowerCaseKeywordAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** The default codec, with title suggestions in a completion postings format. */
    private static final class PostCodec extends Lucene912Codec {

        private final PostingsFormat completion = new Completion912PostingsFormat();

        @Override
        public PostingsFormat getPostingsFormatForField(String field) {
            return TitleSuggestions.FIELD.equals(field) ? completion : super.getPostingsFormatForField(field);
        }
    }
}
