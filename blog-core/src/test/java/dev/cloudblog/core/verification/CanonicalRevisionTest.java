package dev.cloudblog.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.verification.RevisionContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Canonical bytes of a revision")
class CanonicalRevisionTest {

    private static String canonical(RevisionContent content) {
        return new String(CanonicalRevision.bytes(content), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("are JSON with sorted keys, no white space, and every field the proof covers")
    void sortedCompactJson() {
        RevisionContent content = new RevisionContent("p1", 3, "hello", "Hello", "# Hi\n\nText", List.of("java", "jvm"),
                "ada", "PUBLISHED", Instant.parse("2030-01-01T09:00:00Z"));

        assertThat(canonical(content)).isEqualTo("{\"author\":\"ada\",\"body\":\"# Hi\\n\\nText\",\"id\":\"p1\","
                + "\"publishedAt\":\"2030-01-01T09:00:00Z\",\"revision\":3,\"slug\":\"hello\",\"status\":\"PUBLISHED\","
                + "\"tags\":[\"java\",\"jvm\"],\"title\":\"Hello\"}");
    }

    @Test
    @DisplayName("escape quotes, backslashes and control characters, and write null for no publish time")
    void escapes() {
        RevisionContent content = new RevisionContent("p", 1, "s", "Say \"hi\" \\ \t\u0001", "", List.of(), "a", "DRAFT",
                null);

        assertThat(canonical(content)).contains("\"title\":\"Say \\\"hi\\\" \\\\ \\t\\u0001\"")
                .contains("\"publishedAt\":null").contains("\"tags\":[]");
    }

    @Test
    @DisplayName("keep text exactly as stored: composed and decomposed Unicode differ, lone surrogates are escaped")
    void keepsTextAsStored() {
        RevisionContent composed = new RevisionContent("p", 1, "s", "Cr\u00e8me", "", List.of(), "a", "DRAFT", null);
        RevisionContent decomposed = new RevisionContent("p", 1, "s", "Cre\u0300me", "", List.of(), "a", "DRAFT",
                null);
        RevisionContent lone = new RevisionContent("p", 1, "s", "pay \uD800 now", "", List.of(), "a", "DRAFT", null);
        RevisionContent question = new RevisionContent("p", 1, "s", "pay ? now", "", List.of(), "a", "DRAFT", null);

        assertThat(CanonicalRevision.bytes(decomposed)).isNotEqualTo(CanonicalRevision.bytes(composed));
        assertThat(canonical(lone)).contains("\"title\":\"pay \\ud800 now\"");
        assertThat(CanonicalRevision.bytes(lone)).isNotEqualTo(CanonicalRevision.bytes(question));
        assertThat(canonical(new RevisionContent("p", 1, "s", "\uD83C\uDF6E", "", List.of(), "a", "DRAFT", null)))
                .contains("\"title\":\"\uD83C\uDF6E\"");
    }

    @Test
    @DisplayName("of a deletion name the post and the version deleted")
    void deletion() {
        assertThat(new String(CanonicalRevision.deletion("p1", 4), StandardCharsets.UTF_8))
                .isEqualTo("{\"deleted\":true,\"id\":\"p1\",\"revision\":4}");
    }
}
