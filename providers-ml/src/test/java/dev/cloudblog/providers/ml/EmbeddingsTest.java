package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The embeddings")
class EmbeddingsTest {

    private static final EmbeddingSettings SETTINGS = new EmbeddingSettings(32, 2, 50, 1_000_000, 7);

    private static List<TaggedText> training;
    private static List<TaggedText> heldOut;
    private static Map<String, TaggedText> byId;
    private static Embeddings embeddings;

    @BeforeAll
    static void train() {
        List<TaggedText> posts = SyntheticPosts.posts(120, 11);
        training = posts.subList(0, 96);
        heldOut = posts.subList(96, 120);
        byId = training.stream().collect(Collectors.toMap(TaggedText::id, Function.identity()));
        embeddings = Embeddings.train(training, SETTINGS);
    }

    @Test
    @DisplayName("reads a small corpus many times and a large one as often as the word budget allows, once at least")
    void boundsTheWordsRead() {
        EmbeddingSettings settings = new EmbeddingSettings(8, 1, 20, 10_000, 1);
        assertThat(settings.repeats(100)).isEqualTo(20);
        assertThat(settings.repeats(2_000)).isEqualTo(5);
        assertThat(settings.repeats(50_000)).isEqualTo(1);
    }

    @Test
    @DisplayName("relates a held-out cooking post mostly to cooking posts")
    void relatesCookingToCooking() {
        List<TaggedText> cooking = heldOut.stream().filter(post -> SyntheticPosts.topic(post).equals("cooking"))
                .toList();

        assertThat(cooking).isNotEmpty();
        for (TaggedText post : cooking) {
            assertThat(sameTopic(post, embeddings.related(post.id(), post.text(), training, 5))).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    @DisplayName("relates held-out posts of every topic mostly to posts of their topic")
    void relatesByTopic() {
        long same = heldOut.stream()
                .mapToLong(post -> sameTopic(post, embeddings.related(post.id(), post.text(), training, 5)))
                .sum();

        assertThat(same / (5.0 * heldOut.size())).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("ranks by similarity within [-1, 1], most similar first, leaving out the post itself")
    void ranksBySimilarity() {
        TaggedText post = training.get(0);

        List<RelatedPost> related = embeddings.related(post.id(), post.text(), training, 200);

        assertThat(related).hasSize(training.size() - 1);
        assertThat(related).extracting(RelatedPost::id).doesNotContain(post.id());
        assertThat(related).allSatisfy(relation -> assertThat(relation.similarity()).isBetween(-1.0, 1.0));
        assertThat(related).extracting(RelatedPost::similarity).isSortedAccordingTo(Collections.reverseOrder());
    }

    @Test
    @DisplayName("makes unit vectors of texts with known words, and relates texts without any to nothing")
    void makesUnitVectors() {
        double norm = 0;
        for (double value : embeddings.vector(heldOut.get(0).text())) {
            norm += value * value;
        }

        assertThat(norm).isCloseTo(1.0, within(1e-9));
        assertThat(embeddings.vector("zyxw qwertz")).containsOnly(0.0).hasSize(32);
        assertThat(embeddings.related("new", "zyxw qwertz", training, 5)).isEmpty();
    }

    @Test
    @DisplayName("gives the same vectors after being saved and loaded")
    void roundTrips(@TempDir Path directory) throws Exception {
        embeddings.save(directory);
        Embeddings loaded = Embeddings.load(directory);

        for (TaggedText post : heldOut) {
            assertThat(loaded.vector(post.text())).containsExactly(embeddings.vector(post.text()), within(1e-6));
        }
    }

    @Test
    @DisplayName("learns the same vectors from the same posts and seed")
    void isDeterministic() {
        Embeddings again = Embeddings.train(training, SETTINGS);

        for (TaggedText post : heldOut) {
            assertThat(again.vector(post.text())).containsExactly(embeddings.vector(post.text()));
        }
    }

    @Test
    @DisplayName("refuses to learn from posts in which no word is frequent enough")
    void refusesRareWords() {
        List<TaggedText> posts = List.of(new TaggedText("a", "hello world", Set.of()),
                new TaggedText("b", "", Set.of()));

        assertThatThrownBy(() -> Embeddings.train(posts, SETTINGS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no word occurs 2 or more times in the 2 posts");
    }

    private static long sameTopic(TaggedText post, List<RelatedPost> related) {
        String topic = SyntheticPosts.topic(post);
        return related.stream().filter(relation -> SyntheticPosts.topic(byId.get(relation.id())).equals(topic)).count();
    }
}
