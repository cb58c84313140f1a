package dev.cloudblog.providers.lucene;

import dev.cloudblog.api.post.Post;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOFunction;

/**
 * The layout of a post in the index, version {@value #LAYOUT}. An index of another layout is
 * cleared at start for the engine to rebuild; change the version whenever the fields below change.
 *
 * <table>
 * <caption>Fields</caption>
 * <tr><th>field</th><th>indexed as</th><th>for</th></tr>
 * <tr><td>{@value #ID}</td><td>exact term, stored, sorted doc values</td><td>updates, hits, ties</td></tr>
 * <tr><td>{@value #SLUG}</td><td>binary doc values</td><td>hits</td></tr>
 * <tr><td>{@value #TITLE}, {@value #BODY}</td><td>analyzed text with offsets, binary doc values</td>
 *     <td>ranking, highlights, more-like-this, hits and suggestions (title)</td></tr>
 * <tr><td>{@value #TAGS}, {@value #AUTHOR}</td><td>exact terms, stored, facets</td>
 *     <td>filters, facet counts, more-like-this (tags)</td></tr>
 * <tr><td>{@value #STATUS}</td><td>exact term</td><td>the visibility filter</td></tr>
 * <tr><td>{@value #PUBLISHED}</td><td>point and numeric doc values, only once published</td>
 *     <td>the publish-time filter and sorts</td></tr>
 * <tr><td>{@value #UPDATED}</td><td>numeric doc values</td><td>sorts</td></tr>
 * <tr><td>{@value TitleSuggestions#FIELD}</td><td>completion entries, only while published</td>
 *     <td>suggestions</td></tr>
 * </table>
 *
 * <p>Texts are kept in binary doc values rather than stored fields: a page of hits reads them
 * directly, where stored fields would decompress a block of several whole posts for each hit. The
 * body is the plain text of the post's HTML, its entities decoded and its whitespace collapsed.
 * Times are nanoseconds since the epoch, exact from 1677 to 2262 and saturated beyond.
 * Thread-safe.
 */
final class PostDocuments {

    /** The version of this layout, recorded in every commit. */
    static final String LAYOUT = "1";

    static final String ID = "id";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String AUTHOR = "author";
    static final String STATUS = "status";
    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final FacetsConfig facets = new FacetsConfig();

    PostDocuments() {
        facets.setMultiValued(TAGS, true);
    }

    /** The facet dimensions: {@value #TAGS} (multi-valued) and {@value #AUTHOR}. */
    FacetsConfig facetsConfig() {
        return facets;
    }

    /** The term that identifies a post's document. */
    static Term idTerm(String postId) {
        return new Term(ID, postId);
    }

    /** The document of a post. */
    Document document(Post post) {
        Document document = new Document();
        document.add(new StringField(ID, post.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID, new BytesRef(post.id())));
        document.add(new BinaryDocValuesField(SLUG, new BytesRef(post.slug())));
        addText(document, TITLE, post.title());
        addText(document, BODY, plainText(post.html()));
        for (String tag : post.tags()) {
            document.add(new StringField(TAGS, tag, Field.Store.YES));
            document.add(new SortedSetDocValuesFacetField(TAGS, tag));
        }
        document.add(new StringField(AUTHOR, post.author(), Field.Store.YES));
        document.add(new SortedSetDocValuesFacetField(AUTHOR, post.author()));
        document.add(new StringField(STATUS, post.status().name(), Field.Store.NO));
        if (post.publishedAt() != null) {
            long published = epochNanos(post.publishedAt());
            document.add(new LongPoint(PUBLISHED, published));
            document.add(new NumericDocValuesField(PUBLISHED, published));
        }
        document.add(new NumericDocValuesField(UPDATED, epochNanos(post.updatedAt())));
        if (post.isPublished()) {
            TitleSuggestions.addEntries(document, post.title());
        }
        try {
            return facets.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the facets of post " + post.id(), e);
        }
    }

    /**
     * The id, slug and title of each document, in the order of {@code docIds}.
     *
     * @param reader the reader the ids are of
     */
    static List<Summary> summaries(IndexReader reader, int[] docIds) throws IOException {
        String[] ids = read(reader, docIds, leaf -> {
            SortedDocValues values = DocValues.getSorted(leaf, ID);
            return doc -> values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        });
        String[] slugs = texts(reader, SLUG, docIds);
        String[] titles = texts(reader, TITLE, docIds);
        return IntStream.range(0, docIds.length).mapToObj(i -> new Summary(ids[i], slugs[i], titles[i])).toList();
    }

    /**
     * The text of {@link #SLUG}, {@link #TITLE} or {@link #BODY} of each document, in the order of
     * {@code docIds}.
     */
    static String[] texts(IndexReader reader, String field, int[] docIds) throws IOException {
        return read(reader, docIds, leaf -> {
            BinaryDocValues values = DocValues.getBinary(leaf, field);
            return doc -> values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
        });
    }

    /**
     * Reads a value of each document with doc values, which iterate forward only: the documents are
     * visited in id order, one leaf after the other, with the values {@code open} makes per leaf.
     */
    private static String[] read(IndexReader reader, int[] docIds, IOFunction<LeafReader, LeafValues> open)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        String[] values = new String[docIds.length];
        int[] order = IntStream.range(0, docIds.length).boxed()
                .sorted(Comparator.comparingInt(i -> docIds[i])).mapToInt(Integer::intValue).toArray();
        LeafReaderContext leaf = null;
        LeafValues leafValues = null;
        for (int i : order) {
            if (leaf == null || docIds[i] >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
                leafValues = open.apply(leaf.reader());
            }
            values[i] = leafValues.valueOf(docIds[i] - leaf.docBase);
            if (values[i] == null) {
                throw new CorruptIndexException("document " + docIds[i] + " lacks a value every post has",
                        leaf.reader().toString());
            }
        }
        return values;
    }

    /** Nanoseconds since the epoch, saturated to {@code [Long.MIN_VALUE + 1, Long.MAX_VALUE]}. */
    static long epochNanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / NANOS_PER_SECOND) {
            return Long.MAX_VALUE;
        }
        if (seconds < Long.MIN_VALUE / NANOS_PER_SECOND) {
            return Long.MIN_VALUE + 1;
        }
        return seconds * NANOS_PER_SECOND + instant.getNano();
    }

    /** The text of HTML without its markup, entities decoded, runs of whitespace made one space. */
    static String plainText(String html) {
        StringWriter text = new StringWriter(html.length());
        try (Reader stripped = new HTMLStripCharFilter(new StringReader(html))) {
            stripped.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HTML from a string", e);
        }
        return WHITESPACE.matcher(text.getBuffer()).replaceAll(" ").strip();
    }

    private static void addText(Document document, String field, String text) {
        document.add(new Field(field, text, TEXT_WITH_OFFSETS));
        document.add(new BinaryDocValuesField(field, new BytesRef(text)));
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * What a hit shows of a post.
     *
     * @param id    the post's id
     * @param slug  its slug
     * @param title its title
     */
    record Summary(String id, String slug, String title) {
    }

    /** The values of one leaf, read in increasing document order. */
    @FunctionalInterface
    private interface LeafValues {

        /** The value of a document of the leaf, or {@code null} if it has none. */
        String valueOf(int doc) throws IOException;
    }
}
