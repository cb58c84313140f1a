package dev.cloudblog.benchmarks;

import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Seo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic corpus of posts for search benchmarks: the same seed gives the same posts.
 * Words are drawn from a vocabulary of made-up words with Zipf(1.0) frequencies, as in natural
 * text, so that term statistics look like a real blog's; nine posts in ten are published, over
 * three years, with one to three of 30 tags and one of 20 authors.
 */
public final class GeneratedPosts {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vo", "quel", "dar", "ni", "sup",
            "ber", "ox", "li", "tun", "gra", "pe", "mos", "il", "fen", "zu"};
    private static final int VOCABULARY = 20_000;
    private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

    private final String[] words;
    private final Zipf ranks = new Zipf(VOCABULARY);

    /** A vocabulary of {@value #VOCABULARY} words, ranked by frequency. */
    public GeneratedPosts() {
        words = new String[VOCABULARY];
        for (int rank = 0; rank < VOCABULARY; rank++) {
            words[rank] = word(rank);
        }
    }

    /** The word of a frequency rank: 0 is the most frequent. */
    public String word(int rank) {
        StringBuilder word = new StringBuilder();
        int rest = rank;
        do {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0);
        return word.append(SYLLABLES[(rank * 7) % SYLLABLES.length]).toString();
    }

    /** {@code count} posts of about {@code wordsPerPost} words each, from {@code seed}. */
    public List<Post> posts(int count, int wordsPerPost, long seed) {
        Random random = new Random(seed);
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(post(random, i, wordsPerPost));
        }
        return posts;
    }

    private Post post(Random random, int i, int wordsPerPost) {
        String id = String.format("post-%06d", i);
        String title = capitalized(sentence(random, 3 + random.nextInt(6)));
        StringBuilder body = new StringBuilder();
        StringBuilder html = new StringBuilder();
        int written = 0;
        while (written < wordsPerPost) {
            int length = 40 + random.nextInt(60);
            StringBuilder paragraph = new StringBuilder();
            for (int sentence = 0; sentence * 12 < length; sentence++) {
                paragraph.append(capitalized(sentence(random, 8 + random.nextInt(9)))).append(". ");
            }
            written += length;
            body.append(paragraph.toString().strip()).append("\n\n");
            html.append("<p>").append(paragraph.toString().strip()).append("</p>\n");
        }
        List<String> tags = new ArrayList<>();
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            String tag = "tag-" + random.nextInt(30);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        Instant updated = START.plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
        boolean published = random.nextInt(10) != 0;
        return new Post(id, id, title, body.toString(), html.toString(), body.substring(0, 200), null, tags,
                "author-" + random.nextInt(20), published ? PostStatus.PUBLISHED : PostStatus.DRAFT, updated,
                updated, published ? updated : null, null, 1, "sha256:" + id, Duration.ofMinutes(3), Seo.NONE,
                Map.of());
    }

    private String sentence(Random random, int length) {
        String[] picked = new String[length];
        for (int w = 0; w < length; w++) {
            picked[w] = words[ranks.next(random)];
        }
        return String.join(" ", picked);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
