package dev.cloudblog.core.verification;

import dev.cloudblog.api.Blog;
import dev.cloudblog.core.CloudBlog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Blogs for verification tests: isolated from the environment, data under a given directory. */
final class VerifiedBlogs {

    private VerifiedBlogs() {
    }

    /** A builder keeping keys and checkpoints under {@code dataDir}, with background scheduling off. */
    static CloudBlog.Builder builder(Path dataDir, Clock clock) {
        return CloudBlog.builder().clock(clock).environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", dataDir.toString())
                .property("blog.scheduler.enabled", "false");
    }

    /** A blog on a {@link TamperingStore}; {@link TamperingStoreProvider#created()} returns the store. */
    static Blog onTamperingStore(Path dataDir, Clock clock) {
        try {
            Path services = dataDir.resolve("classpath/META-INF/services/dev.cloudblog.spi.store.PostStoreProvider");
            Files.createDirectories(services.getParent());
            Files.write(services, List.of(TamperingStoreProvider.class.getName()));
            ClassLoader loader = new URLClassLoader(new URL[] {dataDir.resolve("classpath").toUri().toURL()},
                    VerifiedBlogs.class.getClassLoader());
            return builder(dataDir, clock).classLoader(loader)
                    .property("blog.store.provider", TamperingStoreProvider.NAME).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
