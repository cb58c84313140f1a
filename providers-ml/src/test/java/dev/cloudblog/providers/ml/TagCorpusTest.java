package dev.cloudblog.providers.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The tag corpus")
class TagCorpusTest {

    private static final TaggedText JAVA = new TaggedText("b", "Records in Java 17\nwith \"quotes\" and ünïcode",
            Set.of("java", "records"));
    private static final TaggedText UNTAGGED = new TaggedText("a", "a post without tags", Set.of());
    private static final TaggedText COOKING = new TaggedText("c", "garlic soup", Set.of("cooking"));

    @TempDir
    Path directory;

    @Test
    @DisplayName("keeps the latest version of each post, tagged or not, in order of id")
    void keepsTheLatestVersions() throws IOException {
        TagCorpus corpus = new TagCorpus(directory);
        corpus.update(JAVA);
        corpus.update(COOKING);
        corpus.update(UNTAGGED);
        TaggedText edited = new TaggedText("c", "garlic and onion soup", Set.of("cooking", "soup"));
        corpus.update(edited);

        assertThat(corpus.snapshot()).containsExactly(UNTAGGED, JAVA, edited);
    }

    @Test
    @DisplayName("reads back what it flushed, and nothing it did not")
    void persists() throws IOException {
        TagCorpus corpus = new TagCorpus(directory.resolve("corpus"));
        corpus.update(JAVA);
        corpus.update(UNTAGGED);
        corpus.update(COOKING);
        corpus.remove("c");
        corpus.flush();
        corpus.update(COOKING);

        TagCorpus reopened = new TagCorpus(directory.resolve("corpus"));

        assertThat(reopened.snapshot()).containsExactly(UNTAGGED, JAVA);
        assertThat(reopened.changesSinceMark()).isZero();
        assertThat(Files.readAllLines(directory.resolve("corpus/posts.jsonl"))).hasSize(2);
        assertThat(directory.resolve("corpus/posts.jsonl.tmp")).doesNotExist();
    }

    @Test
    @DisplayName("counts the changes since the last mark, not repeats of a stored version or removals of absent posts")
    void countsChangesSinceTheMark() throws IOException {
        TagCorpus corpus = new TagCorpus(directory);
        corpus.update(JAVA);
        corpus.update(COOKING);
        corpus.update(JAVA);
        corpus.remove("missing");

        assertThat(corpus.changesSinceMark()).isEqualTo(2);

        List<TaggedText> trainingData = corpus.mark();
        corpus.update(UNTAGGED);
        corpus.remove("c");

        assertThat(trainingData).containsExactly(JAVA, COOKING);
        assertThat(corpus.changesSinceMark()).isEqualTo(2);
        assertThat(corpus.snapshot()).containsExactly(UNTAGGED, JAVA);
    }

    @Test
    @DisplayName("names the file and line when the file holds something other than posts")
    void rejectsACorruptFile() throws IOException {
        Files.writeString(directory.resolve("posts.jsonl"), "{\"id\":\"a\",\"text\":\"x\",\"tags\":[]}\nnot json\n");

        assertThatThrownBy(() -> new TagCorpus(directory)).isInstanceOf(IOException.class)
                .hasMessageContaining("posts.jsonl line 2 is not a post");
    }
}
