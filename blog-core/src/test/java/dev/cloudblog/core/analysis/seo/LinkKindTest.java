package dev.cloudblog.core.analysis.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("LinkKind")
class LinkKindTest {

    @DisplayName("classifies links against the site's host")
    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            /about                                | blog.example.org | INTERNAL
            about                                 | blog.example.org | INTERNAL
            ../posts/other                        | blog.example.org | INTERNAL
            ?page=2                               | blog.example.org | INTERNAL
            https://blog.example.org/about        | blog.example.org | INTERNAL
            HTTP://Blog.Example.ORG               | blog.example.org | INTERNAL
            https://www.blog.example.org/x        | blog.example.org | INTERNAL
            https://blog.example.org/x            | www.blog.example.org | INTERNAL
            https://blog.example.org:443/x        | blog.example.org | INTERNAL
            https://me@blog.example.org/x         | blog.example.org | INTERNAL
            https://blog.example.org.?q           | blog.example.org | INTERNAL
            //blog.example.org/x                  | blog.example.org | INTERNAL
            http://localhost:8080/x               | localhost:8080   | INTERNAL
            https://example.com                   | blog.example.org | OUTBOUND
            https://sub.blog.example.org/x        | blog.example.org | OUTBOUND
            https://blog.example.org.evil.com/x   | blog.example.org | OUTBOUND
            https://evil.com/blog.example.org     | blog.example.org | OUTBOUND
            https://evil.com#blog.example.org     | blog.example.org | OUTBOUND
            //example.com/x                       | blog.example.org | OUTBOUND
            https://blog.example.org/x            | null             | OUTBOUND
            /about                                | null             | INTERNAL
            mailto:editor@blog.example.org        | blog.example.org | OTHER
            tel:+31201234567                      | blog.example.org | OTHER
            ftp://blog.example.org/file           | blog.example.org | OTHER
            javascript:alert(1)                   | blog.example.org | OTHER
            #comments                             | blog.example.org | OTHER
            ""                                    | blog.example.org | OTHER
            https://                              | blog.example.org | OTHER
            """)
    void classifies(String destination, String siteHost, LinkKind expected) {
        assertThat(LinkKind.of(destination, siteHost)).isEqualTo(expected);
    }

    @Test
    @DisplayName("compares hosts without case, user info, port, trailing dot or www.")
    void host() {
        assertThat(LinkKind.host("me@WWW.Example.org:8080/path?q")).isEqualTo("example.org");
        assertThat(LinkKind.host("example.org.")).isEqualTo("example.org");
        assertThat(LinkKind.host("[::1]:8080/x")).isEqualTo("[::1]");
    }
}
