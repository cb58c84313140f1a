package dev.cloudblog.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.BlogConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Settings")
class ConfigTest {

    @Test
    @DisplayName("the first source that holds a key wins, and blank values count as unset")
    void layers() {
        Config config = Config.layered(List.of(
                ConfigSource.of("builder", Map.of("blog.a", "from builder", "blog.blank", "  ")),
                ConfigSource.environment(Map.of("BLOG_A", "from env", "BLOG_B_C_D", "env only", "BLOG_BLANK", "x"))));

        assertThat(config.get("blog.a")).contains("from builder");
        assertThat(config.get("blog.b.c-d")).contains("env only");
        assertThat(config.get("blog.blank")).contains("x");
        assertThat(config.string("blog.missing", "fallback")).isEqualTo("fallback");
        assertThat(config.with(Map.of("blog.a", "override")).get("blog.a")).contains("override");
    }

    @Test
    @DisplayName("typed values are read, and defaults apply when unset")
    void readsTypes() {
        Config config = Config.of(Map.of("n", "1_000", "flag", "TRUE", "wait", "250ms", "iso", "PT2H", "path", "/tmp/x",
                "unit", "Milliseconds"));

        assertThat(config.intValue("n", 0, 0, 5_000)).isEqualTo(1000);
        assertThat(config.bool("flag", false)).isTrue();
        assertThat(config.duration("wait", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(config.duration("iso", Duration.ZERO)).isEqualTo(Duration.ofHours(2));
        assertThat(config.path("path", Path.of("."))).isEqualTo(Path.of("/tmp/x"));
        assertThat(config.enumValue("unit", TimeUnit.class, TimeUnit.SECONDS)).isEqualTo(TimeUnit.MILLISECONDS);
        assertThat(config.intValue("absent", 7, 0, 10)).isEqualTo(7);
    }

    @Test
    @DisplayName("a bad value names the key, the value, its source and what was expected")
    void namesBadValues() {
        Config config = Config.layered(List.of(ConfigSource.of("system properties",
                Map.of("size", "lots", "big", "11", "flag", "yes", "unit", "fortnights"))));

        assertThatThrownBy(() -> config.intValue("size", 1, 0, 10)).isInstanceOf(BlogConfigurationException.class)
                .hasMessage("size = 'lots' (from system properties): expected a whole number from 0 to 10");
        assertThatThrownBy(() -> config.intValue("big", 1, 0, 10)).hasMessageContaining("from 0 to 10");
        assertThatThrownBy(() -> config.bool("flag", false)).hasMessageContaining("expected true or false");
        assertThatThrownBy(() -> config.enumValue("unit", TimeUnit.class, TimeUnit.SECONDS))
                .hasMessageContaining("one of [nanoseconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0s", "-5s", "soon", "99999999999999999999s", "1000000d", "PT-1S", "3651d"})
    @DisplayName("durations that are not positive, not durations, or absurdly long are refused by name")
    void refusesBadDurations(String value) {
        Config config = Config.of(Map.of("blog.wait", value));

        assertThatThrownBy(() -> config.duration("blog.wait", Duration.ofSeconds(1)))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageStartingWith("blog.wait = '" + value + "' (from settings): expected a positive duration");
    }
}
