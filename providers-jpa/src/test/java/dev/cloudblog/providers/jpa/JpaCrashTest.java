package dev.cloudblog.providers.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.tck.Eventually;
import dev.cloudblog.tck.ProviderContexts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The jpa store after the writing JVM is killed")
class JpaCrashTest {

    private static final int WRITES = 120;
    private static final int MIN_ACKS = 50;
    private static final int PENDING = 20;
    private static final long CHILD_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    Path data;

    @Test
    @DisplayName("keeps every acknowledged write and delivers and logs every event left in the outbox")
    void recoversAfterSigkill() throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("blog").toAbsolutePath();
        Map<String, Long> acked = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        List<String> childOutput = Collections.synchronizedList(new ArrayList<>());
        runAndKill(url, acked, pending, childOutput);

        assertThat(acked).as("acknowledged posts; child said %s", childOutput).hasSizeGreaterThanOrEqualTo(MIN_ACKS);
        assertThat(pending).as("pending posts; child said %s", childOutput).hasSize(PENDING);

        int leftInOutbox = pendingInOutbox(url);
        assertThat(leftInOutbox).as("events left in the outbox by the kill").isGreaterThanOrEqualTo(PENDING);

        Set<String> delivered = ConcurrentHashMap.newKeySet();
        try (Blog blog = CloudBlog.builder().environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", data.toString())
                .property("blog.scheduler.enabled", "false")
                .property("blog.store.provider", "jpa")
                .property("blog.jpa.url", url)
                .listener("crash-test", (BlogEvent event) -> delivered.add(event.postId()))
                .build()) {
            acked.forEach((id, version) -> {
                Post post = blog.posts().get(id).orElseThrow(() -> new AssertionError("acknowledged post " + id + " is lost"));
                assertThat(post.version()).as("version of acknowledged post %s", id).isGreaterThanOrEqualTo(version);
            });
            for (String id : pending) {
                assertThat(blog.posts().get(id)).as("pending post %s", id).isPresent();
            }
            Eventually.await("every pending post's event reached the listener", () -> delivered.containsAll(pending));
            Eventually.await("the outbox is empty", () -> pendingInOutbox(url) == 0);

            blog.verification().checkpoint();
            String ackedId = acked.keySet().iterator().next();
            assertProves(blog, ackedId, acked.get(ackedId));
            assertProves(blog, pending.get(pending.size() - 1), 1);
        }
    }

    private static void assertProves(Blog blog, String id, long version) {
        ContentProof proof = blog.verification().prove(id, version);
        RevisionContent content = RevisionContent.of(blog.posts().revision(id, version));
        assertThat(blog.verification().verify(content, proof).valid()).as("proof of %s@%s", id, version).isTrue();
    }

    private void runAndKill(String url, Map<String, Long> acked, List<String> pending, List<String> childOutput)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path log = Files.createTempFile(data, "child", ".err");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), data.toString(), url, Integer.toString(WRITES), Integer.toString(PENDING))
                .redirectError(log.toFile())
                .start();
        try {
            Object lock = new Object();
            boolean[] ready = {false};
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        childOutput.add(line);
                        String[] parts = line.split(" ");
                        synchronized (lock) {
                            switch (parts[0]) {
                                case "ACK" -> acked.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                                case "PENDING" -> pending.add(parts[1]);
                                case "READY" -> ready[0] = true;
                                default -> { }
                            }
                            lock.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    childOutput.add("read failed: " + e);
                }
            }, "crash-child-reader");
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + CHILD_DEADLINE_NANOS;
            synchronized (lock) {
                while (!(ready[0] && acked.size() >= MIN_ACKS)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !child.isAlive() && !reader.isAlive()) {
                        throw new AssertionError("the child never got ready; stdout " + childOutput + ", stderr "
                                + Files.readString(log));
                    }
                    lock.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child exited after SIGKILL").isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(child.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(128 + 9);
        } finally {
            child.destroyForcibly();
        }
    }

    private static int pendingInOutbox(String url) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        PostStore store = new JpaPostStoreProvider().create(ProviderContexts.context(
                Map.of("blog.jpa.url", url, "blog.jpa.pool-size", "1"), Clock.systemUTC(), executor));
        try {
            return store.pendingEvents(10_000).size();
        } finally {
            store.close();
            executor.shutdownNow();
        }
    }
}
