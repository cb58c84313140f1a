package dev.cloudblog.providers.lucene;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.api.InvalidQueryException;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.search.SearchFacets;
import dev.cloudblog.api.search.SearchHit;
import dev.cloudblog.api.search.SearchQuery;
import dev.cloudblog.api.search.SearchResults;
import dev.cloudblog.api.search.SearchSort;
import dev.cloudblog.spi.search.IndexBuild;
import dev.cloudblog.spi.search.IndexMarker;
import dev.cloudblog.spi.search.IndexUpdate;
import dev.cloudblog.spi.search.SearchIndex;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IORunnable;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SearchIndex} on Lucene: one index of {@link PostDocuments post documents}, written by
 * one {@link IndexWriter} and searched through a {@link SearcherManager}.
 *
 * <p>Changes become searchable near-real-time: a background task reopens the searcher every
 * refresh interval, and {@link #refresh()} does so at once. They become durable with the next
 * commit, which a background task makes every commit interval when something changed, and
 * {@link #close()} makes last. Each commit records the marker (see {@link CommitData}), so after a
 * crash the index reopens at the marker of its last commit and the engine replays the rest.
 *
 * <p>At open the index is started over empty, with no marker, when it is missing, unreadable
 * (logged as a warning, its files deleted) or was built with another language or layout;
 * otherwise it keeps its posts and marker. The log says which.
 *
 * <p>Concurrency: searches run in parallel, each on the searcher current when it starts. Updates,
 * refreshes, commits and the swap of a rebuild take one lock, so no refresh can see a rebuild half
 * swapped in; background tasks skip a turn rather than wait for it.
 */
final class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private static final SortField BY_ID = new SortField(PostDocuments.ID, SortField.Type.STRING);
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_ID);
    private static final Sort NEWEST = byTime(true);
    private static final Sort OLDEST = byTime(false);
    private static final Set<String> TAGS_ONLY = Set.of(PostDocuments.TAGS);
    private static final String[] RELATED_FIELDS = {PostDocuments.TITLE, PostDocuments.BODY, PostDocuments.TAGS};

    private final IndexLocation location;
    private final IndexSchema schema;
    private final PostDocuments documents = new PostDocuments();
    private final FacetCounter facets = new FacetCounter(documents.facetsConfig());
    private final QueryTextParser parser;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock lock = new ReentrantLock();
    private final ScheduledFuture<?> refreshTask;
    private final ScheduledFuture<?> commitTask;
    private volatile IndexMarker marker;
    private volatile boolean closed;

    private LuceneSearchIndex(LuceneSettings settings, IndexSchema schema, Directory directory, Opened opened,
                              ScheduledExecutorService executor) {
        this.location = settings.location();
        this.schema = schema;
        this.parser = new QueryTextParser(schema.analyzer());
        this.directory = directory;
        this.writer = opened.writer();
        this.searchers = opened.searchers();
        this.marker = opened.marker();
        long refreshNanos = settings.refreshInterval().toNanos();
        long commitNanos = settings.commitInterval().toNanos();
        this.refreshTask = executor.scheduleWithFixedDelay(
                () -> inBackground("refresh", searchers::maybeRefresh), refreshNanos, refreshNanos, TimeUnit.NANOSECONDS);
        this.commitTask = executor.scheduleWithFixedDelay(
                () -> inBackground("commit", this::commitPending), commitNanos, commitNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Opens the index where the settings say and starts its background tasks on {@code executor}.
     *
     * @throws BlogConfigurationException if the index directory cannot be used, such as when it is
     *         not writable or another process holds it
     */
    static LuceneSearchIndex open(LuceneSettings settings, ScheduledExecutorService executor) {
        IndexLocation location = settings.location();
        IndexSchema schema = new IndexSchema(settings.language());
        Directory directory = null;
        try {
            directory = location.open();
            Opened opened = openOrStartOver(directory, schema, location);
            return new LuceneSearchIndex(settings, schema, directory, opened, executor);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(directory, schema);
            throw new BlogConfigurationException("cannot open the search index " + location.describe() + ": " + e, e);
        }
    }

    @Override
    public Optional<IndexMarker> marker() {
        return Optional.ofNullable(marker);
    }

    @Override
    public void update(IndexUpdate update) {
        List<Document> upserts = update.upserts().stream().map(documents::document).toList();
        locked(() -> {
            for (int i = 0; i < upserts.size(); i++) {
                writer.updateDocument(PostDocuments.idTerm(update.upserts().get(i).id()), upserts.get(i));
            }
            for (String removal : update.removals()) {
                writer.deleteDocuments(PostDocuments.idTerm(removal));
            }
            moveMarker(update.marker());
        });
    }

    @Override
    public void refresh() {
        locked(searchers::maybeRefreshBlocking);
    }

    /** Starts a rebuild into a build directory of its own, indexed like the live index. */
    @Override
    public IndexBuild rebuild() {
        ensureOpen();
        try {
            Directory build = location.openBuild();
            try {
                return new LuceneIndexBuild(this, documents, location, build,
                        new IndexWriter(build, schema.writerConfig(OpenMode.CREATE)));
            } catch (IOException | RuntimeException e) {
                location.discardBuild(build);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a rebuild of the search index " + location.describe(), e);
        }
    }

    /**
     * Replaces every post with those of a finished rebuild and moves the marker to {@code next},
     * durably, then makes the result searchable, all under the lock, so that searches go from the
     * whole old index to the whole new one. Should the copy fail, the marker is dropped, so that the
     * engine sees an index to rebuild.
     */
    void replaceWith(Directory replacement, IndexMarker next) {
        locked(() -> {
            writer.deleteAll();
            try {
                writer.addIndexes(replacement);
            } catch (IOException | RuntimeException e) {
                moveMarker(null);
                throw e;
            }
            moveMarker(next);
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Query text = parser.parse(query.text());
        SearchCursor cursor = SearchCursor.read(query.cursor(), query.limit());
        boolean highlight = query.highlight() && !query.text().isBlank();
        return searching(searcher -> {
            Query filtered = filtered(text, query, searcher.getIndexReader());
            SearchFacets facetCounts = SearchFacets.NONE;
            Page found;
            if (query.facets()) {
                TopFieldCollectorManager top = topManager(sort(query.sort()), cursor.offset() + query.limit(), true);
                Object[] collected = searcher.search(filtered, new MultiCollectorManager(top,
                        new FacetsCollectorManager()));
                facetCounts = facets.count(searcher.getIndexReader(), (FacetsCollector) collected[1]);
                found = page(searcher, filtered, (TopFieldDocs) collected[0], cursor.offset());
            } else {
                found = page(searcher, filtered, sort(query.sort()), cursor.offset(), query.limit(), true);
            }
            ScoreDoc[] page = found.hits();
            long total = found.total();
            List<List<String>> highlights = highlight
                    ? new PostHighlighter(searcher, schema.analyzer()).highlight(text, docIds(page))
                    : Collections.nCopies(page.length, List.of());
            return new SearchResults(total, hits(searcher, page, highlights), facetCounts,
                    cursor.next(query.limit(), total));
        });
    }

    /**
     * Posts sharing the rarer words of the given one's title and body and its tags, found with
     * {@link MoreLikeThis} on its indexed text; only published posts, never the post itself.
     *
     * @throws IllegalArgumentException if the limit is not from 1 to {@value SearchQuery#MAX_LIMIT}
     */
    @Override
    public List<SearchHit> related(String postId, int limit) {
        Objects.requireNonNull(postId, "postId");
        requireLimit(limit);
        Term self = PostDocuments.idTerm(postId);
        return searching(searcher -> {
            TopDocs found = searcher.search(new TermQuery(self), 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            int[] doc = {found.scoreDocs[0].doc};
            IndexReader reader = searcher.getIndexReader();
            Map<String, Collection<Object>> fields = Map.of(
                    PostDocuments.TITLE, List.of(PostDocuments.texts(reader, PostDocuments.TITLE, doc)[0]),
                    PostDocuments.BODY, List.of(PostDocuments.texts(reader, PostDocuments.BODY, doc)[0]),
                    PostDocuments.TAGS, List.of((Object[]) searcher.storedFields().document(doc[0], TAGS_ONLY)
                            .getValues(PostDocuments.TAGS)));
            MoreLikeThis moreLikeThis = new MoreLikeThis(reader);
            moreLikeThis.setAnalyzer(schema.analyzer());
            moreLikeThis.setFieldNames(RELATED_FIELDS);
            moreLikeThis.setMinTermFreq(1);
            // A term no other post has cannot find one.
            moreLikeThis.setMinDocFreq(2);
            moreLikeThis.setBoost(true);
            Query like = new BooleanQuery.Builder()
                    .add(moreLikeThis.like(fields), Occur.MUST)
                    .add(new TermQuery(new Term(PostDocuments.STATUS, PostStatus.PUBLISHED.name())), Occur.FILTER)
                    .add(new TermQuery(self), Occur.MUST_NOT)
                    .build();
            ScoreDoc[] hits = page(searcher, like, RELEVANCE, 0, limit, false).hits();
            return hits(searcher, hits, Collections.nCopies(hits.length, List.of()));
        });
    }

    /** @throws IllegalArgumentException if the limit is not from 1 to {@value SearchQuery#MAX_LIMIT} */
    @Override
    public List<String> suggest(String prefix, int limit) {
        Objects.requireNonNull(prefix, "prefix");
        requireLimit(limit);
        return searching(searcher -> TitleSuggestions.suggest(searcher, schema.titleAnalyzer(), prefix, limit));
    }

    /** Stops the background tasks, commits what is pending and closes the index; later calls do nothing. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            refreshTask.cancel(false);
            commitTask.cancel(false);
            try {
                commitPending();
            } finally {
                IOUtils.close(searchers, writer, directory, schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index " + location.describe(), e);
        } finally {
            lock.unlock();
        }
    }

    private static Opened openOrStartOver(Directory directory, IndexSchema schema, IndexLocation location)
            throws IOException {
        try {
            return openExisting(directory, schema, location);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException | FileNotFoundException e) {
            LOG.warn("The search index {} cannot be read, so it starts over empty for the engine to rebuild: {}",
                    location.describe(), e.toString());
            deleteIndexFiles(directory);
            return open(directory, schema, null);
        }
    }

    private static Opened openExisting(Directory directory, IndexSchema schema, IndexLocation location)
            throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            LOG.info("No search index {} yet: starting empty", location.describe());
            return open(directory, schema, null);
        }
        CommitData found = CommitData.parse(SegmentInfos.readLatestCommit(directory).getUserData());
        if (!found.fits(schema.language())) {
            LOG.info("The search index {} has layout {} in language {}, not layout {} in {}: clearing it for the "
                            + "engine to rebuild", location.describe(), found.layout(), found.language(),
                    PostDocuments.LAYOUT, schema.language().key());
            return open(directory, schema, null);
        }
        Opened opened = open(directory, schema, found);
        LOG.info("Opened the search index {}: {} posts, {}", location.describe(), opened.writer().getDocStats().numDocs,
                found.marker() == null ? "no marker" : "reflecting " + found.marker().position() + " log leaves");
        return opened;
    }

    /** Opens the index last committed with {@code found}, or a new empty one in its place when null. */
    private static Opened open(Directory directory, IndexSchema schema, CommitData found) throws IOException {
        IndexWriter writer = new IndexWriter(directory,
                schema.writerConfig(found == null ? OpenMode.CREATE : OpenMode.APPEND));
        try {
            if (found == null) {
                writer.setLiveCommitData(CommitData.of(schema.language(), null).toUserData().entrySet());
                writer.commit();
            }
            return new Opened(writer, new SearcherManager(writer, null), found == null ? null : found.marker());
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Deletes the files Lucene writes, and only those, in case the directory holds others. */
    private static void deleteIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                    || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches()) {
                directory.deleteFile(file);
            }
        }
    }

    private void moveMarker(IndexMarker next) {
        marker = next;
        writer.setLiveCommitData(CommitData.of(schema.language(), next).toUserData().entrySet());
    }

    private void commitPending() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the search index " + location.describe() + " is closed");
        }
    }

    private void locked(IORunnable action) {
        lock.lock();
        try {
            ensureOpen();
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index " + location.describe() + " failed", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs a background task unless the index is closed or busy: then it waits for its next turn. */
    private void inBackground(String task, IORunnable action) {
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (!closed) {
                action.run();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not {} the search index {}; trying again in the next interval", task, location.describe(), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T searching(IOFunction<IndexSearcher, T> search) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the search index " + location.describe(), e);
        }
        try {
            return search.apply(searcher);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryTextParser.tooManyClauses();
        } catch (FuzzyTermsEnum.FuzzyTermsException e) {
            throw new InvalidQueryException("the query is too complex to run: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the search index " + location.describe(), e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.warn("Could not release a searcher of the search index {}", location.describe(), e);
            }
        }
    }

    /**
     * The hits of {@code query} from {@code offset} on, at most {@code limit}, in {@code sort} order,
     * with their scores. With {@code countAll} every match is visited, in the same pass, so that the
     * total is exact; without, the collector may skip matches that cannot make the page, and the
     * total is a lower bound. Sorted by relevance, a hit's score is its first sort value; sorted by
     * time, the page's hits are scored afterwards.
     */
    private static Page page(IndexSearcher searcher, Query query, Sort sort, int offset, int limit,
                             boolean countAll) throws IOException {
        return page(searcher, query, searcher.search(query, topManager(sort, offset + limit, countAll)), offset);
    }

    /** The page from {@code offset} on of the top documents that {@code query} found, with scores. */
    private static Page page(IndexSearcher searcher, Query query, TopFieldDocs docs, int offset) throws IOException {
        ScoreDoc[] top = docs.scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(offset, top.length), top.length);
        if (docs.fields[0].getType() == SortField.Type.SCORE) {
            for (ScoreDoc hit : page) {
                hit.score = (Float) ((FieldDoc) hit).fields[0];
            }
        } else {
            TopFieldCollector.populateScores(page, searcher, query);
        }
        return new Page(docs.totalHits.value, page);
    }

    /** Collects the first {@code wanted} in {@code sort} order, counting every match when {@code countAll}. */
    private static TopFieldCollectorManager topManager(Sort sort, int wanted, boolean countAll) {
        return new TopFieldCollectorManager(sort, wanted, null, countAll ? Integer.MAX_VALUE : wanted);
    }

    private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, List<List<String>> highlights)
            throws IOException {
        List<PostDocuments.Summary> summaries = PostDocuments.summaries(searcher.getIndexReader(), docIds(page));
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            PostDocuments.Summary post = summaries.get(i);
            hits.add(new SearchHit(post.id(), post.slug(), post.title(), page[i].score, highlights.get(i)));
        }
        return hits;
    }

    private static int[] docIds(ScoreDoc[] page) {
        return Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    }

    /**
     * The text query restricted by the query's filters, which do not score. The status filter is
     * left out when every document of {@code reader} has a visible status, deleted ones included,
     * as is common for public searches: then it would only slow the search down.
     */
    private static Query filtered(Query text, SearchQuery query, IndexReader reader) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
        List<Term> statuses = query.visibleStatuses().stream()
                .map(status -> new Term(PostDocuments.STATUS, status.name())).toList();
        long visible = 0;
        for (Term status : statuses) {
            visible += reader.docFreq(status);
        }
        if (visible < reader.maxDoc()) {
            builder.add(new TermInSetQuery(PostDocuments.STATUS, statuses.stream().map(Term::bytes).toList()),
                    Occur.FILTER);
        }
        for (String tag : query.tags()) {
            builder.add(new TermQuery(new Term(PostDocuments.TAGS, tag)), Occur.FILTER);
        }
        if (query.author() != null) {
            builder.add(new TermQuery(new Term(PostDocuments.AUTHOR, query.author())), Occur.FILTER);
        }
        if (query.publishedFrom() != null || query.publishedBefore() != null) {
            long from = query.publishedFrom() == null ? Long.MIN_VALUE : PostDocuments.epochNanos(query.publishedFrom());
            long to = query.publishedBefore() == null
                    ? Long.MAX_VALUE
                    : PostDocuments.epochNanos(query.publishedBefore()) - 1;
            builder.add(LongPoint.newRangeQuery(PostDocuments.PUBLISHED, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    private static Sort sort(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> RELEVANCE;
            case NEWEST -> NEWEST;
            case OLDEST -> OLDEST;
        };
    }

    /** By publish time, posts never published last; then by the time of the last save; then by id. */
    private static Sort byTime(boolean latestFirst) {
        SortField published = new SortField(PostDocuments.PUBLISHED, SortField.Type.LONG, latestFirst);
        published.setMissingValue(latestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(published, new SortField(PostDocuments.UPDATED, SortField.Type.LONG, latestFirst), BY_ID);
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + SearchQuery.MAX_LIMIT + " but was " + limit);
        }
    }

    /**
     * One page of hits and the number of matches.
     *
     * @param total how many documents matched
     * @param hits  the page's hits with their scores
     */
    private record Page(long total, ScoreDoc[] hits) {
    }

    /** What opening found: a writer, searchers on it, and the committed marker or null. */
    private record Opened(IndexWriter writer, SearcherManager searchers, IndexMarker marker) {
    }
}
