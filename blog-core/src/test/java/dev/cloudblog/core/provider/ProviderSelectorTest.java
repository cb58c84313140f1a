package dev.cloudblog.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.Config;
import dev.cloudblog.spi.Provider;
import dev.cloudblog.spi.ProviderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Provider selection")
class ProviderSelectorTest {

    /** A capability that exists only in this test, so the classpath holds exactly the providers each test lists. */
    public interface WidgetProvider extends Provider<String> {
    }

    private static final Capability<WidgetProvider> WIDGET = new Capability<>(
            "widget", "widget", WidgetProvider.class, "basic", "dev.cloudblog:providers-widget");

    /** A widget provider whose name is all it has. */
    abstract static class NamedWidget implements WidgetProvider {
        private final String name;

        NamedWidget(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String create(ProviderContext context) {
            return name + " widget";
        }
    }

    public static final class Basic extends NamedWidget {
        public Basic() {
            super("basic");
        }
    }

    public static final class Fancy extends NamedWidget {
        public Fancy() {
            super("fancy");
        }
    }

    public static final class Shiny extends NamedWidget {
        public Shiny() {
            super("shiny");
        }
    }

    public static final class Exploding extends NamedWidget {
        public Exploding() {
            super("exploding");
            throw new IllegalStateException("cannot construct");
        }
    }

    @TempDir
    Path services;

    private ProviderSelector selector(Map<String, String> settings, Class<?>... providers) {
        return selectorListing(settings, Arrays.stream(providers).map(Class::getName).toArray(String[]::new));
    }

    private ProviderSelector selectorListing(Map<String, String> settings, String... providerClassNames) {
        try {
            Path file = services.resolve("META-INF/services/" + WidgetProvider.class.getName());
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(providerClassNames));
            ClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
            return new ProviderSelector(Config.of(settings), loader);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> names(Optional<WidgetProvider> provider) {
        return provider.map(WidgetProvider::name);
    }

    @Test
    @DisplayName("with no provider at all, there is nothing to select")
    void none() {
        assertThat(selectorListing(Map.of()).selectOne(WIDGET)).isEmpty();
        assertThat(selectorListing(Map.of()).selectAll(WIDGET)).isEmpty();
    }

    @Test
    @DisplayName("with only the default, the default is selected")
    void onlyDefault() {
        assertThat(names(selector(Map.of(), Basic.class).selectOne(WIDGET))).contains("basic");
    }

    @Test
    @DisplayName("with the default and one other, the other is selected")
    void oneOtherThanDefault() {
        assertThat(names(selector(Map.of(), Basic.class, Fancy.class).selectOne(WIDGET))).contains("fancy");
    }

    @Test
    @DisplayName("with two others and no choice configured, start fails naming both and the key to set")
    void twoOthers() {
        assertThatThrownBy(() -> selector(Map.of(), Basic.class, Fancy.class, Shiny.class).selectOne(WIDGET))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("[fancy, shiny]")
                .hasMessageContaining("blog.widget.provider");
    }

    @Test
    @DisplayName("a configured name wins, even over a single other provider")
    void configuredWins() {
        assertThat(names(selector(Map.of("blog.widget.provider", "basic"), Basic.class, Fancy.class)
                .selectOne(WIDGET))).contains("basic");
        assertThat(names(selector(Map.of("blog.widget.provider", "shiny"), Basic.class, Fancy.class, Shiny.class)
                .selectOne(WIDGET))).contains("shiny");
    }

    @Test
    @DisplayName("a configured name that no provider has fails, listing what is available and what to add")
    void namedButMissing() {
        assertThatThrownBy(() -> selector(Map.of("blog.widget.provider", "golden"), Basic.class, Fancy.class)
                .selectOne(WIDGET))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("blog.widget.provider = 'golden'")
                .hasMessageContaining("available: [basic, fancy]")
                .hasMessageContaining("dev.cloudblog:providers-widget");
    }

    @Test
    @DisplayName("a provider that throws while loading fails start with its class named")
    void brokenConstructor() {
        assertThatThrownBy(() -> selector(Map.of(), Basic.class, Exploding.class).selectOne(WIDGET))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining(Exploding.class.getName())
                .hasRootCauseMessage("cannot construct");
    }

    public static final class BadlyNamed extends NamedWidget {
        public BadlyNamed() {
            super("Fancy Widget");
        }
    }

    @Test
    @DisplayName("a provider whose name is not short lower-case ASCII fails start with its class named")
    void badName() {
        assertThatThrownBy(() -> selector(Map.of(), BadlyNamed.class).selectOne(WIDGET))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining(BadlyNamed.class.getName())
                .hasMessageContaining("'Fancy Widget'");
    }

    @Test
    @DisplayName("a provider class listed but missing fails start with the class named")
    void missingClass() {
        assertThatThrownBy(() -> selectorListing(Map.of(), "com.example.NoSuchWidgetProvider").selectOne(WIDGET))
                .isInstanceOf(BlogConfigurationException.class)
                .hasMessageContaining("com.example.NoSuchWidgetProvider");
    }

    @Test
    @DisplayName("a capability that takes several uses all providers, or those listed")
    void many() {
        assertThat(selector(Map.of(), Basic.class, Fancy.class).selectAll(WIDGET))
                .extracting(WidgetProvider::name).containsExactly("basic", "fancy");
        assertThat(selector(Map.of("blog.widget.providers", " fancy ,"), Basic.class, Fancy.class).selectAll(WIDGET))
                .extracting(WidgetProvider::name).containsExactly("fancy");
        assertThatThrownBy(() -> selector(Map.of("blog.widget.providers", "fancy,golden"), Basic.class, Fancy.class)
                .selectAll(WIDGET))
                .isInstanceOf(BlogConfigurationException.class).hasMessageContaining("'golden'");
    }
}
