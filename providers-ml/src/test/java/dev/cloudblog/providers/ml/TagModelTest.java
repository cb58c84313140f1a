package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The tag model")
class TagModelTest {

    private static final TagSettings SETTINGS = new TagSettings(30, 5, 32, 20, 0.01, 1_000, 2, 7);

    private static List<TaggedText> training;
    private static List<TaggedText> heldOut;
    private static TagModel model;

    @BeforeAll
    static void train() {
        List<TaggedText> posts = SyntheticPosts.posts(120, 11);
        training = posts.subList(0, 96);
        heldOut = posts.subList(96, 120);
        model = TagModel.train(training, SETTINGS);
    }

    @Test
    @DisplayName("suggests a true tag first for nearly every held-out post")
    void suggestsATrueTagFirst() {
        long right = heldOut.stream()
                .filter(post -> {
                    List<TagSuggestion> top = model.suggest(post.text(), 1, 0);
                    return !top.isEmpty() && post.tags().contains(top.get(0).tag());
                })
                .count();

        assertThat(right / (double) heldOut.size()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    @DisplayName("learns every tag used by enough posts, and no other")
    void learnsTheFrequentTags() {
        List<TaggedText> data = new ArrayList<>(training);
        data.add(new TaggedText("rare-1", "a lambda in a stream", Set.of("java", "functional")));
        data.add(new TaggedText("rare-2", "lambda and generics", Set.of("functional")));
        data.add(new TaggedText("untagged", "the soup and the bread", Set.of()));

        TagModel learned = TagModel.train(data, SETTINGS);

        assertThat(learned.tags()).containsExactly("baking", "cooking", "football", "hiking", "java", "spring",
                "transfers", "travel");
    }

    @Test
    @DisplayName("gives probabilities within [0, 1], most likely first, within the limit and above the minimum")
    void ordersProbabilities() {
        for (TaggedText post : heldOut) {
            List<TagSuggestion> all = model.suggest(post.text(), 100, 0);
            List<TagSuggestion> likely = model.suggest(post.text(), 2, 0.2);

            assertThat(all).hasSize(model.tags().size());
            assertThat(all).allSatisfy(suggestion -> assertThat(suggestion.probability()).isBetween(0.0, 1.0));
            assertThat(all).extracting(TagSuggestion::probability)
                    .isSortedAccordingTo(Collections.reverseOrder());
            assertThat(likely).hasSizeLessThanOrEqualTo(2)
                    .allSatisfy(suggestion -> assertThat(suggestion.probability()).isGreaterThanOrEqualTo(0.2))
                    .isEqualTo(all.stream().filter(suggestion -> suggestion.probability() >= 0.2).limit(2).toList());
        }
    }

    @Test
    @DisplayName("suggests nothing for a text without a word it knows")
    void suggestsNothingForUnknownWords() {
        assertThat(model.suggest("zyxw qwertz", 3, 0)).isEmpty();
        assertThat(model.suggest("", 3, 0)).isEmpty();
    }

    @Test
    @DisplayName("refuses to learn from 10 posts and says how much data it needs")
    void refusesAColdStart() {
        List<TaggedText> few = training.subList(0, 10);

        assertThat(TagModel.readiness(few, SETTINGS)).get().asString().startsWith("auto-tagging needs at least 30 "
                + "tagged posts with 2 tags used by 5 or more posts each; it has 10 tagged posts and ");
        assertThatThrownBy(() -> TagModel.train(few, SETTINGS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it has 10 tagged posts");
        assertThat(TagModel.readiness(training, SETTINGS)).isEmpty();
    }

    @Test
    @DisplayName("refuses to learn from many posts that share a single tag, and from untagged posts")
    void refusesASingleTag() {
        List<TaggedText> oneTag = training.stream()
                .map(post -> new TaggedText(post.id(), post.text(), Set.of("blog"))).toList();
        List<TaggedText> untagged = training.stream()
                .map(post -> new TaggedText(post.id(), post.text(), Set.of())).toList();

        assertThat(TagModel.readiness(oneTag, SETTINGS)).get().asString()
                .endsWith("it has 96 tagged posts and 1 tag used that often");
        assertThat(TagModel.readiness(untagged, SETTINGS)).get().asString()
                .endsWith("it has 0 tagged posts and 0 tags used that often");
    }

    @Test
    @DisplayName("suggests the same after being saved and loaded")
    void roundTrips(@TempDir Path directory) throws Exception {
        model.save(directory);
        TagModel loaded = TagModel.load(directory);

        assertThat(loaded.tags()).isEqualTo(model.tags());
        for (TaggedText post : heldOut) {
            assertThat(loaded.suggest(post.text(), 10, 0)).isEqualTo(model.suggest(post.text(), 10, 0));
        }
    }

    @Test
    @DisplayName("names the missing file when a saved model is incomplete")
    void namesTheMissingFile(@TempDir Path directory) {
        assertThatThrownBy(() -> TagModel.load(directory)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("model.zip");
    }

    @Test
    @DisplayName("learns the same model from the same posts and seed")
    void isDeterministic() {
        TagModel again = TagModel.train(training, SETTINGS);

        for (TaggedText post : heldOut) {
            assertThat(again.suggest(post.text(), 10, 0)).isEqualTo(model.suggest(post.text(), 10, 0));
        }
    }

    @Test
    @DisplayName("rejects settings out of range, naming the setting")
    void validatesSettings() {
        assertThatThrownBy(() -> new TagSettings(30, 5, 0, 20, 0.01, 1_000, 2, 7))
                .hasMessage("hiddenSize must be at least 1, got 0");
        assertThatThrownBy(() -> new TagSettings(30, 5, 32, 20, Double.NaN, 1_000, 2, 7))
                .hasMessage("learningRate must be a positive finite number, got NaN");
        assertThatThrownBy(() -> model.suggest("java", 0, 0)).hasMessage("limit must be at least 1, got 0");
    }
}
