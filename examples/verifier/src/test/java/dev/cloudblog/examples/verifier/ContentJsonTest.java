package dev.cloudblog.examples.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.core.verification.CanonicalRevision;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The content JSON")
class ContentJsonTest {

    private static final RevisionContent CONTENT = new RevisionContent("p-1", 2, "hi", "Hi \"there\"",
            "# Hi\n\tcaf\u00e9 \uD83D\uDE00 lone \uD800 end\\", List.of("java", "jvm"), "ada", "PUBLISHED",
            Instant.parse("2030-01-01T09:00:00.120Z"));

    private static final String MINIMAL = """
            {"author":"ada","body":"b","id":"p-1","publishedAt":null,"revision":1,"slug":"s","status":"DRAFT",
             "tags":[],"title":"t"}""";

    @Test
    @DisplayName("reads back what it writes, to the same canonical bytes, even with surrogates and escapes")
    void roundTrips() {
        String json = ContentJson.write(CONTENT);
        RevisionContent read = ContentJson.read(new String(json.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(CONTENT);
        assertThat(CanonicalRevision.bytes(read)).isEqualTo(CanonicalRevision.bytes(CONTENT));
        assertThat(json).contains("\\ud800").contains("\\ud83d\\ude00").contains("caf\u00e9");
    }

    @Test
    @DisplayName("writes the members of the canonical form in its sorted order")
    void writesSortedMembers() {
        String json = ContentJson.write(CONTENT);

        assertThat(json).containsSubsequence("\"author\"", "\"body\"", "\"id\"", "\"publishedAt\"", "\"revision\"",
                "\"slug\"", "\"status\"", "\"tags\"", "\"title\"");
        assertThat(json).contains("\"publishedAt\" : \"2030-01-01T09:00:00.120Z\"");
    }

    @Test
    @DisplayName("reads a null publish time as none")
    void readsNullPublishTime() {
        assertThat(ContentJson.read(MINIMAL).publishedAt()).isNull();
        assertThat(ContentJson.write(ContentJson.read(MINIMAL))).contains("\"publishedAt\" : null");
    }

    @Test
    @DisplayName("refuses unknown, missing, repeated and mistyped members, naming them")
    void refusesWrongMembers() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("{", "{\"html\":\"\",")))
                .withMessageContaining("unknown member(s) [html]");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("\"slug\":\"s\",", "")))
                .withMessageContaining("lacks the member(s) [slug]");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("{", "{\"slug\":\"x\",")))
                .withMessageContaining("slug");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("1,", "\"1\",")))
                .withMessageContaining("'revision' must be a whole number");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("[]", "[1]")))
                .withMessageContaining("'tags' must hold strings only");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("null", "\"today\"")))
                .withMessageContaining("'publishedAt' must be an ISO-8601 instant");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL.replace("\"t\"", "null")))
                .withMessageContaining("'title' must be a string");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read("[]"))
                .withMessageContaining("must be a JSON object");
        assertThatIllegalArgumentException().isThrownBy(() -> ContentJson.read(MINIMAL + " {}"))
                .withMessageContaining("not JSON");
    }
}
