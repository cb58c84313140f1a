package dev.cloudblog.providers.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Short blog posts on four topics (java, cooking, travel, football), written from a vocabulary
 * per topic mixed with everyday words and a few words of other topics. Each post is tagged with its
 * topic and, when it dwells on a subtopic, with that subtopic's tag too (about two posts in five).
 * Equal seeds give equal posts.
 */
final class SyntheticPosts {

    /** The topic tags. */
    static final List<String> TOPICS = List.of("java", "cooking", "travel", "football");

    /** The subtopic tag of each topic. */
    static final Map<String, String> SUBTOPICS = Map.of("java", "spring", "cooking", "baking", "travel", "hiking",
            "football", "transfers");

    private static final Map<String, List<String>> TOPIC_WORDS = Map.of(
            "java", words("class method interface compiler jvm maven gradle stream lambda generics thread heap "
                    + "garbage collector exception record jar bytecode annotation junit refactor api library null "
                    + "pointer kotlin debugger module compile runtime"),
            "cooking", words("recipe pan garlic onion simmer saute pasta sauce knife salt pepper tomato basil olive "
                    + "oil roast chicken soup lemon cheese cream whisk stir boil dinner kitchen spices herbs grill "
                    + "vegetables"),
            "travel", words("flight airport hotel passport luggage beach train ticket hostel museum island visa "
                    + "itinerary tour guide border map ferry village coast sunset city road trip journey booking "
                    + "suitcase abroad tourists"),
            "football", words("goal striker keeper referee penalty league match stadium coach midfield defender "
                    + "tackle offside corner header fans season cup derby pitch kickoff foul dribble winger captain "
                    + "squad trophy score whistle"));

    private static final Map<String, List<String>> SUBTOPIC_WORDS = Map.of(
            "java", words("spring boot bean injection controller hibernate repository"),
            "cooking", words("flour dough yeast oven bake bread butter sugar"),
            "travel", words("mountain trail camping backpack summit boots tent"),
            "football", words("transfer contract fee signing loan agent window"));

    private static final List<String> EVERYDAY_WORDS = words("the a and to of in is it i my we with for this that "
            + "was on but so really very today week think new good great time first best some about just like more "
            + "people again after before last next year little still always never");

    private SyntheticPosts() {
    }

    /** {@code count} posts with ids {@code post-000}, {@code post-001}, ..., topics drawn at random. */
    static List<TaggedText> posts(int count, long seed) {
        Random random = new Random(seed);
        List<TaggedText> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            boolean subtopic = random.nextDouble() < 0.4;
            int length = 12 + random.nextInt(24);
            List<String> text = new ArrayList<>(length);
            for (int w = 0; w < length; w++) {
                double draw = random.nextDouble();
                if (subtopic && draw < 0.10) {
                    text.add(pick(SUBTOPIC_WORDS.get(topic), random));
                } else if (draw < 0.30) {
                    text.add(pick(TOPIC_WORDS.get(topic), random));
                } else if (draw < 0.36) {
                    text.add(pick(TOPIC_WORDS.get(TOPICS.get(random.nextInt(TOPICS.size()))), random));
                } else {
                    text.add(pick(EVERYDAY_WORDS, random));
                }
            }
            Set<String> tags = subtopic ? Set.of(topic, SUBTOPICS.get(topic)) : Set.of(topic);
            posts.add(new TaggedText("post-%03d".formatted(i), String.join(" ", text), tags));
        }
        return posts;
    }

    /** The topic of a post made here. */
    static String topic(TaggedText post) {
        return TOPICS.stream().filter(post.tags()::contains).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(post.id() + " has no topic tag: " + post.tags()));
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }

    private static List<String> words(String words) {
        return List.of(words.split(" "));
    }
}
