package dev.cloudblog.providers.lucene;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.search.IndexBuild;
import dev.cloudblog.spi.search.IndexMarker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Objects;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rebuild of a {@link LuceneSearchIndex}: posts go into a directory of its own through a writer
 * of its own, with the live index's analyzers and codec, while searches keep using the live index.
 * {@link #commit} merges the finished build into one segment, since a search costs a term lookup
 * per segment and one segment answers several times faster than the handful a build leaves, then
 * copies it into the live index in place of its posts (see {@link LuceneSearchIndex#replaceWith});
 * either way the build directory is deleted at the end.
 * Used by one thread at a time.
 */
final class LuceneIndexBuild implements IndexBuild {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndexBuild.class);

    private final LuceneSearchIndex target;
    private final PostDocuments documents;
    private final IndexLocation location;
    private final Directory directory;
    private final IndexWriter writer;
    private boolean finished;

    LuceneIndexBuild(LuceneSearchIndex target, PostDocuments documents, IndexLocation location, Directory directory,
                     IndexWriter writer) {
        this.target = target;
        this.documents = documents;
        this.location = location;
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Adds posts; a post added again replaces the earlier one.
     *
     * @throws IllegalStateException if the build was committed or closed already
     */
    @Override
    public void add(Collection<Post> posts) {
        ensureUnfinished();
        try {
            for (Post post : posts) {
                writer.updateDocument(PostDocuments.idTerm(post.id()), documents.document(post));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add posts to the rebuild of the search index " + location.describe(), e);
        }
    }

    /**
     * Swaps the posts added so far in for the live index's, at {@code marker}, durably and
     * searchable at once; the build is finished whether this succeeds or fails.
     *
     * @throws IllegalStateException if the build was committed or closed already, or the index is closed
     */
    @Override
    public void commit(IndexMarker marker) {
        Objects.requireNonNull(marker, "marker");
        ensureUnfinished();
        finished = true;
        try {
            writer.forceMerge(1);
            writer.commit();
            writer.close();
            target.replaceWith(directory, marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the rebuild of the search index " + location.describe(), e);
        } finally {
            discard();
        }
    }

    /** Discards the build unless it was committed; later calls do nothing. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        discard();
    }

    private void ensureUnfinished() {
        if (finished) {
            throw new IllegalStateException("the rebuild of the search index " + location.describe()
                    + " was committed or closed already");
        }
    }

    /** Closes the writer if the commit did not, without committing, and deletes the build directory. */
    private void discard() {
        try {
            try {
                writer.rollback();
            } finally {
                location.discardBuild(directory);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the rebuild of the search index {}; it is deleted when the index next opens",
                    location.describe(), e);
        }
    }
}
