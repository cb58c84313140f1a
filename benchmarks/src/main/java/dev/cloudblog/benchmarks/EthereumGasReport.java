package dev.cloudblog.benchmarks;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.core.CloudBlog;
import dev.cloudblog.providers.ethereum.AnchorMode;
import dev.cloudblog.providers.ethereum.EthereumAnchorProvider;
import dev.cloudblog.providers.ethereum.LocalChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Gas per anchor and per post for checkpoints of 1, 100 and 10,000 posts, in both modes: a blog
 * (memory store) anchoring on a local anvil node, its posts written, one checkpoint cut, the gas
 * read from the anchor's receipt. Run with
 * {@code java -Dblog.test.anvil=<anvil> -cp benchmarks/target/benchmarks.jar dev.cloudblog.benchmarks.EthereumGasReport}.
 */
public final class EthereumGasReport {

    private static final List<Integer> POSTS_PER_CHECKPOINT = List.of(1, 100, 10_000);

    private EthereumGasReport() {
    }

    public static void main(String[] args) throws IOException {
        System.out.printf("%-9s %8s %12s %14s%n", "mode", "posts", "gas/anchor", "gas/post");
        try (LocalChain chain = LocalChain.start()) {
            for (AnchorMode mode : AnchorMode.values()) {
                for (int posts : POSTS_PER_CHECKPOINT) {
                    long gas = gasForCheckpointOf(chain, mode, posts);
                    System.out.printf("%-9s %8d %12d %14.2f%n", mode.name().toLowerCase(Locale.ROOT), posts, gas,
                            (double) gas / posts);
                }
            }
        }
    }

    private static long gasForCheckpointOf(LocalChain chain, AnchorMode mode, int posts) throws IOException {
        Path data = Files.createTempDirectory("gas-report");
        try {
            CloudBlog.Builder builder = CloudBlog.builder().environment(Map.of())
                    .systemProperties(new Properties())
                    .property("blog.data.dir", data.toString())
                    .property("blog.scheduler.enabled", "false")
                    .property("blog.store.provider", "memory")
                    .property("blog.anchor.providers", EthereumAnchorProvider.NAME)
                    .property("blog.analysis.providers", "rules")
                    .property("blog.verification.checkpoint.leaves", "1000000")
                    .property("blog.verification.checkpoint.interval", "1d");
            chain.settings(mode, data.resolve("ethereum")).forEach(builder::property);
            try (Blog blog = builder.build()) {
                Post last = null;
                for (int i = 0; i < posts; i++) {
                    last = blog.posts().create(PostInput.builder().title("Post " + i).author("bench")
                            .body("Body of post " + i + ".").build());
                }
                blog.verification().checkpoint();
                Anchor anchor = blog.verification().prove(last.id(), last.version()).anchors().stream()
                        .filter(found -> found.anchorer().equals(EthereumAnchorProvider.NAME)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the checkpoint was not anchored"));
                if (blog.verification().checkpoint().treeSize() != posts) {
                    throw new IllegalStateException("expected one checkpoint of " + posts + " leaves");
                }
                return Long.parseLong(anchor.detail("gasUsed"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
