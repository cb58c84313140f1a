package dev.cloudblog.providers.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Highlights the query's terms in hits: the whole title when it matched, then up to
 * {@value #MAX_BODY_PASSAGES} passages of the body that matched, best first. A body passage is
 * about {@value #PASSAGE_LENGTH} characters of whole words around its matches: cut at spaces, not
 * at sentence ends, because finding sentences would cost more than the rest of a search. Matches
 * are wrapped in {@code <mark>} and everything else is HTML-escaped. Offsets come from the
 * postings, which hold them for title and body; the texts come from their doc values.
 *
 * <p>Made for one search, with the searcher that found the hits; not thread-safe.
 */
final class PostHighlighter extends UnifiedHighlighter {

    private static final int MAX_BODY_PASSAGES = 3;
    private static final int PASSAGE_LENGTH = 160;
    private static final String[] FIELDS = {PostDocuments.TITLE, PostDocuments.BODY};
    private static final int[] MAX_PASSAGES = {1, MAX_BODY_PASSAGES};

    PostHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(builder(searcher, analyzer)
                .withFormatter(new MarkedPassages())
                .withScorer(new LeanPassageScorer())
                .withPassageSortComparator(Comparator.comparingDouble(Passage::getScore).reversed())
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false));
    }

    /**
     * The highlights of each document, in the order of {@code docIds}; empty for a document where
     * nothing matched.
     */
    List<List<String>> highlight(Query query, int[] docIds) throws IOException {
        Map<String, Object[]> passagesByField = highlightFieldsAsObjects(FIELDS, query, docIds, MAX_PASSAGES);
        List<List<String>> highlights = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<String> passages = new ArrayList<>();
            for (String field : FIELDS) {
                if (passagesByField.get(field)[i] instanceof String[] marked) {
                    passages.addAll(List.of(marked));
                }
            }
            highlights.add(passages);
        }
        return highlights;
    }

    /** Reads the texts of every remaining document at once: a page holds at most 100. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        IntStream.Builder docs = IntStream.builder();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            docs.add(doc);
        }
        int[] docIds = docs.build().toArray();
        String[][] textsByField = new String[fields.length][];
        for (int f = 0; f < fields.length; f++) {
            textsByField[f] = PostDocuments.texts(searcher.getIndexReader(), fields[f], docIds);
        }
        List<CharSequence[]> textsByDoc = new ArrayList<>(docIds.length);
        for (int d = 0; d < docIds.length; d++) {
            CharSequence[] texts = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                texts[f] = textsByField[f][d];
            }
            textsByDoc.add(texts);
        }
        return textsByDoc;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return PostDocuments.TITLE.equals(field)
                ? new WholeBreakIterator()
                : LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '),
                        PASSAGE_LENGTH, 0.5f);
    }

    /**
     * Lucene's BM25 passage score, computed without the hash table that the default scorer builds
     * for every passage (and whose 32 KB block made scoring most of the cost of highlighting): a
     * passage holds a handful of matches, so its distinct terms are found by comparing them.
     */
    private static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            double score = 0;
            for (int i = 0; i < matches; i++) {
                if (firstOccurrence(terms, i)) {
                    int freqInPassage = 1;
                    for (int j = i + 1; j < matches; j++) {
                        if (terms[j].bytesEquals(terms[i])) {
                            freqInPassage++;
                        }
                    }
                    score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
                }
            }
            return (float) (score * norm(passage.getStartOffset()));
        }

        private static boolean firstOccurrence(BytesRef[] terms, int index) {
            for (int j = 0; j < index; j++) {
                if (terms[j].bytesEquals(terms[index])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Each passage with a match on its own, marked and escaped. */
    private static final class MarkedPassages extends PassageFormatter {

        private final DefaultPassageFormatter marker = new DefaultPassageFormatter("<mark>", "</mark>", "", true);

        @Override
        public String[] format(Passage[] passages, String content) {
            return Arrays.stream(passages)
                    .filter(passage -> passage.getNumMatches() > 0)
                    .map(passage -> marker.format(new Passage[] {passage}, content).strip())
                    .toArray(String[]::new);
        }
    }
}
