package dev.cloudblog.providers.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Where an index lives: a directory on disk ({@code blog.lucene.path}) or memory
 * ({@code blog.lucene.in-memory}). Rebuilds write into a build directory of their own beside the
 * live one, which is discarded once its contents are copied in or abandoned.
 */
sealed interface IndexLocation {

    /** Opens the live index directory, creating it when missing. */
    Directory open() throws IOException;

    /** Opens a new, empty directory for a rebuild. */
    Directory openBuild() throws IOException;

    /** Closes a directory from {@link #openBuild()} and deletes what it holds. */
    void discardBuild(Directory build) throws IOException;

    /** Says where the index is, for messages: {@code at /var/blog/lucene} or {@code in memory}. */
    String describe();

    /**
     * An index in a file system directory, memory-mapped. Build directories are siblings named
     * after it, such as {@code lucene.rebuild-123}; those left behind by a process that stopped
     * during a rebuild are deleted when the index is opened.
     *
     * @param path the absolute path of the live index directory
     */
    record OnDisk(Path path) implements IndexLocation {

        public OnDisk {
            Objects.requireNonNull(path, "path");
            if (!path.isAbsolute() || path.getParent() == null) {
                throw new IllegalArgumentException("the index path must be absolute and not a root but was " + path);
            }
        }

        @Override
        public Directory open() throws IOException {
            Files.createDirectories(path);
            for (Path leftover : leftoverBuilds()) {
                deleteRecursively(leftover);
            }
            return new MMapDirectory(path);
        }

        @Override
        public Directory openBuild() throws IOException {
            return new MMapDirectory(Files.createTempDirectory(path.getParent(), buildPrefix()));
        }

        @Override
        public void discardBuild(Directory build) throws IOException {
            Path buildPath = ((FSDirectory) build).getDirectory();
            build.close();
            deleteRecursively(buildPath);
        }

        @Override
        public String describe() {
            return "at " + path;
        }

        private String buildPrefix() {
            return path.getFileName() + ".rebuild-";
        }

        private List<Path> leftoverBuilds() throws IOException {
            try (Stream<Path> siblings = Files.list(path.getParent())) {
                return siblings.filter(sibling -> sibling.getFileName().toString().startsWith(buildPrefix())).toList();
            }
        }

        private static void deleteRecursively(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** An index in memory: empty at every start, gone when closed. */
    record InMemory() implements IndexLocation {

        @Override
        public Directory open() {
            return new ByteBuffersDirectory();
        }

        @Override
        public Directory openBuild() {
            return new ByteBuffersDirectory();
        }

        @Override
        public void discardBuild(Directory build) throws IOException {
            build.close();
        }

        @Override
        public String describe() {
            return "in memory";
        }
    }
}
