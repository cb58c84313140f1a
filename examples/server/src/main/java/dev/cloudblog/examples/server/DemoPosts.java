package dev.cloudblog.examples.server;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostQuery;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Demo content: published posts of about {@code words} words each, in Markdown with headings and
 * paragraphs, on a handful of topics with matching tags. The text is made from a fixed seed, so
 * the same count gives the same posts.
 */
final class DemoPosts {

    private static final List<Topic> TOPICS = List.of(
            new Topic("java", "Java", List.of("virtual", "threads", "records", "garbage", "collector", "bytecode",
                    "generics", "modules", "streams", "compiler", "heap", "classloader")),
            new Topic("databases", "Databases", List.of("index", "transaction", "replica", "query", "planner",
                    "isolation", "vacuum", "schema", "migration", "partition", "snapshot", "cursor")),
            new Topic("search", "Search", List.of("ranking", "tokenizer", "stemming", "relevance", "facets",
                    "highlight", "synonyms", "analyzer", "postings", "scoring", "suggestions", "fuzzy")),
            new Topic("cooking", "Cooking", List.of("caramel", "custard", "dough", "butter", "oven", "saffron",
                    "risotto", "broth", "knife", "flour", "yeast", "vinegar")),
            new Topic("travel", "Travel", List.of("harbour", "mountain", "train", "village", "museum", "ferry",
                    "market", "coast", "valley", "castle", "island", "bridge")),
            new Topic("gardening", "Gardening", List.of("compost", "seedling", "pruning", "soil", "tomato",
                    "orchard", "mulch", "greenhouse", "roses", "watering", "harvest", "hedge")));
    private static final List<String> COMMON = List.of("the", "a", "of", "and", "to", "in", "is", "that", "with",
            "for", "on", "it", "as", "we", "this", "when", "every", "more", "than", "how", "why", "what", "our",
            "first", "then", "after", "before", "because", "often", "rarely", "simple", "careful", "small", "large");

    private DemoPosts() {
    }

    /**
     * Creates and publishes {@code count} posts when the store holds none; returns how many it made.
     */
    static int seed(Blog blog, int count, int words) {
        if (count == 0 || !blog.posts().list(PostQuery.builder().limit(1).build()).items().isEmpty()) {
            return 0;
        }
        SplittableRandom random = new SplittableRandom(20_260_101L);
        for (int i = 1; i <= count; i++) {
            Topic topic = TOPICS.get(i % TOPICS.size());
            Topic second = TOPICS.get((i / TOPICS.size() + i) % TOPICS.size());
            String title = capitalize(pick(topic.words(), random)) + " and " + pick(topic.words(), random)
                    + ": notes on " + topic.title().toLowerCase(Locale.ROOT) + " #" + i;
            Post draft = blog.posts().create(PostInput.builder().title(title).author("demo")
                    .tags(second == topic ? List.of(topic.tag()) : List.of(topic.tag(), second.tag()))
                    .body(body(topic, words, random)).build());
            blog.posts().publish(draft.id(), draft.version());
        }
        return count;
    }

    private static String body(Topic topic, int words, SplittableRandom random) {
        StringBuilder body = new StringBuilder("## ").append(capitalize(pick(topic.words(), random))).append("\n\n");
        int written = 0;
        while (written < words) {
            int sentence = 8 + random.nextInt(12);
            for (int w = 0; w < sentence; w++) {
                String word = random.nextInt(3) == 0 ? pick(topic.words(), random) : pick(COMMON, random);
                body.append(w == 0 ? capitalize(word) : word).append(w == sentence - 1 ? ". " : " ");
            }
            written += sentence;
            if (random.nextInt(4) == 0) {
                body.append("\n\n");
            }
            if (random.nextInt(20) == 0) {
                body.append("\n\n## ").append(capitalize(pick(topic.words(), random))).append("\n\n");
            }
        }
        return body.toString().trim();
    }

    private static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private record Topic(String tag, String title, List<String> words) {
    }
}
