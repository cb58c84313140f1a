package dev.cloudblog.providers.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * How well the {@link TagModel} tags newsgroup posts: the training part of 20 Newsgroups (one JSON
 * object per line with {@code id}, {@code group}, {@code subject} and {@code text}, gzipped), each
 * post tagged with its newsgroup, is split 80/20 stratified by newsgroup with a fixed seed; the
 * model learns from the larger part and its top suggestion for each post of the smaller part is
 * scored. Prints accuracy, macro-F1 over the newsgroups (a post without a suggestion counts as
 * missed), training time and the median and 95th percentile time to suggest tags for one post.
 *
 * <p>Run by hand with the data file as the only argument (default
 * {@code /work/shared/datasets/topics/train.jsonl.gz}), e.g.
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.cloudblog.providers.ml.TopicTaggerEvaluation}.
 * The class lives in the provider's package so that the provider need not make its model public.
 */
public final class TopicTaggerEvaluation {

    private static final Path DEFAULT_DATA = Path.of("/work/shared/datasets/topics/train.jsonl.gz");
    private static final double HELD_OUT_SHARE = 0.2;
    private static final long SPLIT_SEED = 20L;
    private static final TagSettings SETTINGS = new TagSettings(30, 5, 128, 3, 0.005, 10_000, 3, 42);

    private TopicTaggerEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = args.length > 0 ? Path.of(args[0]) : DEFAULT_DATA;
        List<TaggedText> posts = read(data);
        List<TaggedText> training = new ArrayList<>();
        List<TaggedText> heldOut = new ArrayList<>();
        split(posts, training, heldOut);
        System.out.printf("%s: %d posts, %d for training, %d held out; %s%n", data, posts.size(), training.size(),
                heldOut.size(), SETTINGS);

        long start = System.nanoTime();
        TagModel model = TagModel.train(training, SETTINGS);
        double trainingSeconds = (System.nanoTime() - start) / 1e9;

        List<String> tags = model.tags();
        int missing = tags.size();
        int[][] confusion = new int[tags.size() + 1][tags.size() + 1];
        long[] nanos = new long[heldOut.size()];
        for (int i = 0; i < heldOut.size(); i++) {
            TaggedText post = heldOut.get(i);
            long before = System.nanoTime();
            List<TagSuggestion> top = model.suggest(post.text(), 1, 0);
            nanos[i] = System.nanoTime() - before;
            int predicted = top.isEmpty() ? missing : tags.indexOf(top.get(0).tag());
            confusion[tags.indexOf(post.tags().iterator().next())][predicted]++;
        }
        ClassificationMetrics metrics = new ClassificationMetrics(confusion);
        double f1Sum = 0;
        for (int tag = 0; tag < tags.size(); tag++) {
            f1Sum += metrics.f1(tag);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("accuracy          %.4f%n", metrics.accuracy());
        System.out.printf("macro-F1          %.4f  (%d tags)%n", f1Sum / tags.size(), tags.size());
        System.out.printf("without a tag     %d posts%n", column(confusion, missing));
        System.out.printf("training time     %.1f s%n", trainingSeconds);
        System.out.printf("inference p50     %.3f ms per post (p95 %.3f ms)%n", percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.95) / 1e6);
    }

    /** The posts of the data file, each tagged with its newsgroup; a post's text is its subject and body. */
    private static List<TaggedText> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<TaggedText> posts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode post = json.readTree(line);
                posts.add(new TaggedText(post.get("id").asText(),
                        post.get("subject").asText() + "\n" + post.get("text").asText(),
                        Set.of(post.get("group").asText())));
            }
        }
        return posts;
    }

    /**
     * Puts a random {@link #HELD_OUT_SHARE} of each newsgroup's posts (rounded) into
     * {@code heldOut} and the rest into {@code training}; the same for the same data every time.
     */
    private static void split(List<TaggedText> posts, List<TaggedText> training, List<TaggedText> heldOut) {
        Map<String, List<TaggedText>> byGroup = new TreeMap<>();
        for (TaggedText post : posts) {
            byGroup.computeIfAbsent(post.tags().iterator().next(), group -> new ArrayList<>()).add(post);
        }
        Random random = new Random(SPLIT_SEED);
        for (List<TaggedText> group : byGroup.values()) {
            group.sort(Comparator.comparing(TaggedText::id));
            Collections.shuffle(group, random);
            int held = (int) Math.round(group.size() * HELD_OUT_SHARE);
            heldOut.addAll(group.subList(0, held));
            training.addAll(group.subList(held, group.size()));
        }
    }

    private static int column(int[][] matrix, int column) {
        int sum = 0;
        for (int[] row : matrix) {
            sum += row[column];
        }
        return sum;
    }

    /** The value below which the share {@code quantile} of the sorted values lie (nearest rank). */
    private static long percentile(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
