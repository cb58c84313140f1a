package dev.cloudblog.providers.ethereum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.ProofUnavailableException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.tck.Eventually;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blog on an H2 file store whose checkpoints are anchored on a local node that goes down and comes back. */
@DisplayName("A blog anchoring on Ethereum")
class EthereumBlogTest {

    @TempDir
    Path data;

    private Blog open(LocalChain chain, SimpleMeterRegistry registry) {
        CloudBlog.Builder builder = CloudBlog.builder().meterRegistry(registry)
                .environment(Map.of()).systemProperties(new Properties())
                .property("blog.data.dir", data.toString())
                .property("blog.verification.checkpoint.leaves", "4")
                .property("blog.verification.checkpoint.interval", "200ms")
                .property("blog.anchor.retry.initial-delay", "100ms")
                .property("blog.anchor.retry.max-delay", "400ms");
        chain.settings(AnchorMode.CONTRACT, data.resolve("ethereum")).forEach(builder::property);
        return builder.property("blog.ethereum.receipt-timeout", "2s")
                .property("blog.ethereum.timeout", "300ms").build();
    }

    private static List<Post> write(Blog blog, int from, int count) {
        List<Post> posts = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            posts.add(blog.posts().create(PostInput.builder().title("Post " + i).author("ada")
                    .body("Revision one of post " + i + ".").build()));
        }
        return posts;
    }

    /** The transaction anchoring the proof's checkpoint on chain, or null while it has none. */
    private static String chainAnchor(Blog blog, Post post) {
        try {
            ContentProof proof = blog.verification().prove(post.id(), post.version());
            return proof.anchors().stream().filter(anchor -> anchor.anchorer().equals(EthereumAnchorProvider.NAME))
                    .map(Anchor::reference).findFirst().orElse(null);
        } catch (ProofUnavailableException notCheckpointedYet) {
            return null;
        }
    }

    private static void awaitAnchored(Blog blog, List<Post> posts) {
        Eventually.await(posts.size() + " posts proven up to a checkpoint anchored on chain",
                () -> posts.stream().allMatch(post -> chainAnchor(blog, post) != null));
    }

    @Test
    @DisplayName("anchors every checkpoint through an outage of its node and a restart of the blog, one transaction each")
    void anchorsThroughOutages() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<Post> posts = new ArrayList<>();
        try (LocalChain chain = LocalChain.start()) {
            try (Blog blog = open(chain, registry)) {
                posts.addAll(write(blog, 0, 4));
                awaitAnchored(blog, posts);

                chain.node().stop();
                posts.addAll(write(blog, 4, 8));
                Eventually.await("anchoring failed while the node is down",
                        () -> registry.get("blog.log.anchor.failures").counter().count() >= 2);
                assertThat(chainAnchor(blog, posts.get(posts.size() - 1))).isNull();
                chain.node().start();
                awaitAnchored(blog, posts);

                chain.node().stop();
                List<Post> lastBatch = write(blog, 12, 4);
                posts.addAll(lastBatch);
                Eventually.await("the last checkpoint is cut", () -> {
                    try {
                        blog.verification().prove(lastBatch.get(3).id(), 1);
                        return true;
                    } catch (ProofUnavailableException e) {
                        return false;
                    }
                });
            }
            chain.node().start();

            try (Blog reopened = open(chain, new SimpleMeterRegistry())) {
                awaitAnchored(reopened, posts);
                Map<Long, Set<String>> transactionsByCheckpoint = new HashMap<>();
                for (Post post : posts) {
                    ContentProof proof = reopened.verification().prove(post.id(), post.version());
                    RevisionContent content = RevisionContent.of(reopened.posts().revision(post.id(), post.version()));
                    assertThat(reopened.verification().verify(content, proof).valid())
                            .as("post %s checks out on chain", post.title()).isTrue();
                    transactionsByCheckpoint.computeIfAbsent(proof.checkpoint().treeSize(), size -> new HashSet<>())
                            .addAll(proof.anchors().stream().filter(anchor -> anchor.anchorer()
                                    .equals(EthereumAnchorProvider.NAME)).map(Anchor::reference).toList());
                }
                assertThat(transactionsByCheckpoint.values()).as("one transaction per checkpoint")
                        .allSatisfy(transactions -> assertThat(transactions).hasSize(1));
                assertThat(transactionsByCheckpoint.values().stream().flatMap(Set::stream).distinct().count())
                        .as("no transaction shared by two checkpoints").isEqualTo(transactionsByCheckpoint.size());
                assertThat(transactionsByCheckpoint).as("fewer checkpoints than posts").hasSizeLessThan(posts.size());
            }
        }
    }
}
