package dev.cloudblog.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded example")
class EmbeddedExampleTest {

    @Test
    @DisplayName("runs the lifecycle on defaults and reports the redirect, the history, a search and the metrics")
    void runs() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        EmbeddedExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output)
                .contains("created  creme-brulee-a-la-carte as draft v1")
                .contains("old slug creme-brulee-a-la-carte -> burnt-cream (moved: true)")
                .contains("r3 UPDATED")
                .contains("changed title: Crème Brûlée à la carte! -> Burnt cream")
                .contains("blog.operations{posts.create,success}")
                .contains("<em>caramelised</em>")
                .contains("search   burnt-cream")
                .contains("<mark>custard</mark>")
                .contains("suggest  \"bur\" -> [Burnt cream]");
    }
}
