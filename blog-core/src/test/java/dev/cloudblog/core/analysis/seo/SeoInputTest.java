package dev.cloudblog.core.analysis.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.core.analysis.text.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SeoInput")
class SeoInputTest {

    private static final Document BODY = Document.parse("Text.");

    @Test
    @DisplayName("falls back to the title when the SEO title is null or blank")
    void seoTitleFallsBack() {
        assertThat(new SeoInput(BODY, "Title", null, null, "s", null, null).seoTitle()).isEqualTo("Title");
        assertThat(new SeoInput(BODY, "Title", " \n", null, "s", null, null).seoTitle()).isEqualTo("Title");
        assertThat(new SeoInput(BODY, "Title", "SEO", null, "s", null, null).seoTitle()).isEqualTo("SEO");
    }

    @Test
    @DisplayName("stores a blank meta description, keyphrase or site host as null")
    void blanksAreNull() {
        SeoInput input = new SeoInput(BODY, "Title", null, " ", "s", "\t", "");

        assertThat(input.metaDescription()).isNull();
        assertThat(input.focusKeyphrase()).isNull();
        assertThat(input.siteHost()).isNull();
    }

    @Test
    @DisplayName("trims the site host")
    void trimsHost() {
        assertThat(new SeoInput(BODY, "T", null, null, "s", null, " blog.example.org ").siteHost())
                .isEqualTo("blog.example.org");
    }

    @DisplayName("rejects a site host that is a URL rather than a host")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"https://blog.example.org", "blog.example.org/", "blog example.org"})
    void rejectsUrlAsHost(String siteHost) {
        assertThatThrownBy(() -> new SeoInput(BODY, "T", null, null, "s", null, siteHost))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("siteHost");
    }

    @Test
    @DisplayName("requires a document, a title and a slug")
    void requiresParts() {
        assertThatThrownBy(() -> new SeoInput(null, "T", null, null, "s", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
        assertThatThrownBy(() -> new SeoInput(BODY, null, null, null, "s", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("title");
        assertThatThrownBy(() -> new SeoInput(BODY, "T", null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("slug");
    }
}
