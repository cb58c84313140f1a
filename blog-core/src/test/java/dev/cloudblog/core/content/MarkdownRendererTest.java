package dev.cloudblog.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("MarkdownRenderer")
class MarkdownRendererTest {

    private static final String REL = "rel=\"nofollow noopener noreferrer\"";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html();
    }

    @Nested
    @DisplayName("renders Markdown")
    class Markdown {

        @Test
        @DisplayName("renders headings and paragraphs")
        void headings() {
            assertThat(html("# Title\n\n## Sub\n\nText")).isEqualTo("<h1>Title</h1>\n<h2>Sub</h2>\n<p>Text</p>\n");
        }

        @Test
        @DisplayName("renders emphasis, strong emphasis and inline code")
        void emphasis() {
            assertThat(html("*em* **strong** `a < b`"))
                    .isEqualTo("<p><em>em</em> <strong>strong</strong> <code>a &lt; b</code></p>\n");
        }

        @Test
        @DisplayName("renders bulleted and numbered lists")
        void lists() {
            assertThat(html("- a\n- b\n\n3. x\n4. y"))
                    .isEqualTo("<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol start=\"3\">\n<li>x</li>\n<li>y</li>\n</ol>\n");
        }

        @Test
        @DisplayName("keeps a fenced code block with its language class, escaped")
        void codeBlock() {
            assertThat(html("```java\nif (a < b) { run(); }\n```"))
                    .isEqualTo("<pre><code class=\"language-java\">if (a &lt; b) { run(); }\n</code></pre>\n");
        }

        @Test
        @DisplayName("drops classes on code other than a single language class")
        void codeClasses() {
            assertThat(html("<code class=\"language-c++\">x</code>")).contains("<code class=\"language-c++\">x</code>");
            assertThat(html("<code class=\"evil\">x</code>")).contains("<code>x</code>");
            assertThat(html("<code class=\"language-java overlay\">x</code>")).contains("<code>x</code>");
        }

        @Test
        @DisplayName("renders GFM tables with their alignment")
        void tables() {
            String html = html("| a | b |\n|:--|--:|\n| 1 | 2 |");

            assertThat(html).startsWith("<table>").contains("<th align=\"left\">a</th>", "<th align=\"right\">b</th>",
                    "<td align=\"left\">1</td>", "<td align=\"right\">2</td>");
        }

        @Test
        @DisplayName("renders strikethrough")
        void strikethrough() {
            assertThat(html("~~gone~~ here")).isEqualTo("<p><del>gone</del> here</p>\n");
        }

        @Test
        @DisplayName("renders block quotes and thematic breaks")
        void quotesAndBreaks() {
            assertThat(html("> quoted\n\n---")).isEqualTo("<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>\n");
        }

        @Test
        @DisplayName("keeps a link's href and title and adds rel=\"nofollow noopener noreferrer\"")
        void links() {
            assertThat(html("[site](https://example.org/a?b=1&c=2 \"Title\")"))
                    .isEqualTo("<p><a href=\"https://example.org/a?b=1&amp;c=2\" title=\"Title\" " + REL
                            + ">site</a></p>\n");
        }

        @Test
        @DisplayName("replaces a link's own rel and drops its target")
        void linkRelAndTarget() {
            assertThat(html("<a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">x</a>"))
                    .isEqualTo("<p><a href=\"https://example.org\" " + REL + ">x</a></p>\n");
        }

        @Test
        @DisplayName("keeps relative, fragment, protocol-relative and mailto links as written")
        void relativeLinks() {
            assertThat(html("[a](/about) [b](#intro) [c](../up) [d](//cdn.example/x) [e](mailto:ada@example.org)"))
                    .contains("href=\"/about\"", "href=\"#intro\"", "href=\"../up\"", "href=\"//cdn.example/x\"",
                            "href=\"mailto:ada@example.org\"");
        }

        @Test
        @DisplayName("keeps images with http, https and relative sources")
        void images() {
            assertThat(html("![alt](https://example.org/x.png \"T\") ![rel](img/y.png) ![p](http://example.org/z.gif)"))
                    .contains("<img src=\"https://example.org/x.png\" alt=\"alt\" title=\"T\">",
                            "<img src=\"img/y.png\" alt=\"rel\">", "<img src=\"http://example.org/z.gif\" alt=\"p\">");
        }

        @Test
        @DisplayName("drops ftp links, which relaxed() would otherwise allow")
        void ftpLinks() {
            assertThat(html("[f](ftp://example.org/file)")).isEqualTo("<p><a " + REL + ">f</a></p>\n");
        }

        @Test
        @DisplayName("renders empty Markdown as nothing")
        void empty() {
            RenderedBody body = renderer.render("");

            assertThat(body).isEqualTo(new RenderedBody("", "", 0));
        }

        @Test
        @DisplayName("rejects null Markdown")
        void rejectsNull() {
            assertThatThrownBy(() -> renderer.render(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("markdown");
        }

        @Test
        @DisplayName("renders the same from many threads at once")
        void threadSafe() {
            List<String> inputs = IntStream.range(0, 200)
                    .mapToObj(i -> "# Post " + i + "\n\n| a | b |\n|---|---|\n| " + i + " | ~~x~~ |\n\n[l](/p/" + i + ")")
                    .collect(Collectors.toList());
            List<RenderedBody> sequential = inputs.stream().map(renderer::render).collect(Collectors.toList());

            List<RenderedBody> parallel = inputs.parallelStream().map(renderer::render).collect(Collectors.toList());

            assertThat(parallel).isEqualTo(sequential);
        }
    }

    @Nested
    @DisplayName("extracts plain text")
    class PlainText {

        @DisplayName("separates the words of adjacent blocks and counts them")
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                "First paragraph\\n\\nSecond one"            | "First paragraph Second one"    | 4
                "<p>one</p><p>two</p>"                       | "one two"                       | 2
                "<div>one</div><div>two</div>"               | "one two"                       | 2
                "# Title\\nBody"                             | "Title Body"                    | 2
                "- alpha\\n- beta\\n  - gamma"               | "alpha beta gamma"              | 3
                "| a | b |\\n|---|---|\\n| c | d |"          | "a b c d"                       | 4
                "<table><tr><td>a</td><td>b</td></tr></table>" | "a b"                         | 2
                "line one\\\\nline two"                      | "line one line two"             | 4
                "<h1>x</h1><h2>y</h2><ul><li>z</li><li>w</li></ul>" | "x y z w"                | 4
                "```\\ncode\\nblock\\n```\\nafter"           | "code block after"              | 3
                """)
        void blockBoundaries(String escapedMarkdown, String plainText, int wordCount) {
            RenderedBody body = renderer.render(unescape(escapedMarkdown));

            assertThat(body.plainText()).isEqualTo(plainText);
            assertThat(body.wordCount()).isEqualTo(wordCount);
        }

        @Test
        @DisplayName("counts runs of letters and digits, with apostrophes inside words")
        void wordCount() {
            RenderedBody body = renderer.render("Don't stop — it's 2024, *café* au lait! l’été e-mail 'quoted' ...");

            assertThat(body.plainText()).isEqualTo("Don't stop — it's 2024, café au lait! l’été e-mail 'quoted' ...");
            assertThat(body.wordCount()).isEqualTo(11);
        }

        @Test
        @DisplayName("leaves out script and style content, and keeps the text of dropped elements")
        void droppedElements() {
            RenderedBody body = renderer.render("<script>secret()</script><style>p{}</style><marquee>Visible</marquee>");

            assertThat(body.plainText()).isEqualTo("Visible");
            assertThat(body.wordCount()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("sanitizes")
    class Sanitizing {

        private static final Set<String> FORBIDDEN_ELEMENTS =
                Set.of("script", "iframe", "object", "embed", "form", "style", "svg", "math", "base", "meta", "link");
        private static final Set<String> URL_ATTRIBUTES =
                Set.of("href", "src", "cite", "action", "formaction", "data", "background", "poster", "srcset",
                        "xlink:href");
        private static final List<String> FORBIDDEN_SCHEMES = List.of("javascript:", "vbscript:", "data:");
        private static final Pattern WHITESPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cntrl}]");

        static List<String> payloads() {
            InputStream in = MarkdownRendererTest.class.getResourceAsStream("/content/xss-payloads.txt");
            Objects.requireNonNull(in, "content/xss-payloads.txt is missing");
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(MarkdownRendererTest::unescape)
                        .collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Test
        @DisplayName("the payload corpus holds at least 30 payloads")
        void corpusSize() {
            assertThat(payloads()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        }

        @DisplayName("neutralizes every XSS payload in the corpus")
        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("payloads")
        void neutralizes(String payload) {
            String html = renderer.render(payload).html();
            String context = "payload: " + payload + "\nrendered: " + html;

            assertThat(html.toLowerCase(Locale.ROOT)).as(context).doesNotContain("<script");
            for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertThat(element.normalName()).as(context).isNotIn(FORBIDDEN_ELEMENTS);
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name).as(context).doesNotStartWith("on").isNotEqualTo("style");
                    if (URL_ATTRIBUTES.contains(name)) {
                        String url = WHITESPACE_OR_CONTROL
                                .matcher(attribute.getValue().strip().toLowerCase(Locale.ROOT))
                                .replaceAll("");
                        for (String scheme : FORBIDDEN_SCHEMES) {
                            assertThat(url).as(context).doesNotStartWith(scheme);
                        }
                    }
                }
            }
        }
    }

    /** Replaces \t, \n, \r and \xHH with the characters they stand for; other backslashes stay. */
    static String unescape(String line) {
        Matcher escape = Pattern.compile("\\\\(?:([tnr])|x([0-9A-Fa-f]{2}))").matcher(line);
        StringBuilder result = new StringBuilder();
        while (escape.find()) {
            String replacement;
            if (escape.group(1) != null) {
                replacement = switch (escape.group(1)) {
                    case "t" -> "\t";
                    case "n" -> "\n";
                    default -> "\r";
                };
            } else {
                replacement = String.valueOf((char) Integer.parseInt(escape.group(2), 16));
            }
            escape.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return escape.appendTail(result).toString();
    }
}
