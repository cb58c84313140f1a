package dev.cloudblog.core.analysis.seo;

import static dev.cloudblog.core.analysis.seo.Draft.words;
import static dev.cloudblog.core.analysis.seo.Draft.withKeyphrase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.analysis.Check;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("SeoAnalysis")
class SeoAnalysisTest {

    private static final Draft BIKE_SHOP = Draft.empty().keyphrase("bike shop");

    @Nested
    @DisplayName("without a focus keyphrase")
    class NoKeyphrase {

        @DisplayName("asks for one in a single keyphrase check scoring 1, and runs no other keyphrase check")
        @ParameterizedTest(name = "keyphrase \"{0}\"")
        @CsvSource(nullValues = "null", value = {"null", "'   '", "'😀 !!'"})
        void asksForOne(String keyphrase) {
            Draft draft = Draft.empty().keyphrase(keyphrase).body("# Bike\n\n## Bike shop\n\n" + words(300))
                    .meta("A bike shop.").slug("bike-shop");

            List<Check> keyphraseChecks = draft.report().checks().stream()
                    .filter(check -> check.id().startsWith("seo.keyphrase-"))
                    .toList();

            assertThat(keyphraseChecks).singleElement().satisfies(check -> {
                assertThat(check.id()).isEqualTo("seo.keyphrase-length");
                assertThat(check.score()).isEqualTo(1);
                assertThat(check.message()).contains("set a focus keyphrase");
            });
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-length")
    class KeyphraseLength {

        @DisplayName("scores 9 up to 4 content words, 6 up to 8, 3 beyond")
        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({
                "bike, 9",
                "how to, 9",
                "how to fix a bike in the old town, 9",
                "cheap bike shop old town, 6",
                "cheap bike shop in the old town of utrecht, 6",
                "cheap used bike shop old town central utrecht, 6",
                "cheap used bike shop near old town central utrecht, 3"})
        void bands(String keyphrase, int score) {
            assertThat(Draft.empty().keyphrase(keyphrase).score("seo.keyphrase-length")).isEqualTo(score);
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-density")
    class KeyphraseDensity {

        @DisplayName("scores occurrences * content words / body words * 100 in bands")
        @ParameterizedTest(name = "{1} occurrences in {0} words -> {2}")
        @CsvSource({
                "400, 1, 9",      // 0.5%
                "200, 2, 9",      // 2%
                "200, 3, 9",      // 3%
                "1000, 2, 4",     // 0.4%
                "300, 5, -10",    // 3.33%
                "100, 2, -10",    // 4%
                "100, 3, -50",    // 6%
                "100, 0, 4"})
        void bands(int words, int occurrences, int score) {
            assertThat(BIKE_SHOP.body(withKeyphrase(words, occurrences)).score("seo.keyphrase-density"))
                    .isEqualTo(score);
        }

        @Test
        @DisplayName("says when the keyphrase never appears, and what density it found otherwise")
        void messages() {
            assertThat(BIKE_SHOP.body(words(150)).check("seo.keyphrase-density").orElseThrow().message())
                    .contains("never appears");
            assertThat(BIKE_SHOP.body(withKeyphrase(200, 2)).check("seo.keyphrase-density").orElseThrow().message())
                    .contains("2 times", "200 words", "2.00%");
        }

        @Test
        @DisplayName("counts the rarest content word per sentence, so a repeated one-word keyphrase counts each time")
        void countsRepeats() {
            Draft draft = Draft.empty().keyphrase("bike").body("Bike, bikes, biking and a biked path. " + words(93));

            assertThat(draft.check("seo.keyphrase-density").orElseThrow().message()).contains("4 times", "4.00%");
            assertThat(draft.score("seo.keyphrase-density")).isEqualTo(-10);
        }

        @Test
        @DisplayName("is left out for texts under 100 words")
        void shortText() {
            assertThat(BIKE_SHOP.body(withKeyphrase(99, 2)).check("seo.keyphrase-density")).isEmpty();
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-introduction")
    class KeyphraseIntroduction {

        @Test
        @DisplayName("scores 9 when the first paragraph holds every content word, in any of its sentences")
        void found() {
            assertThat(BIKE_SHOP.body("## Bike shops\n\nShops abound here. This one sells bikes.\n\nMore.")
                    .score("seo.keyphrase-introduction")).isEqualTo(9);
        }

        @Test
        @DisplayName("scores 3 when only a later paragraph or a heading holds it")
        void missing() {
            assertThat(BIKE_SHOP.body("## Bike shop\n\nWelcome.\n\nVisit the bike shop.")
                    .score("seo.keyphrase-introduction")).isEqualTo(3);
        }

        @Test
        @DisplayName("scores 3 when there is no paragraph at all")
        void noParagraphs() {
            Check check = BIKE_SHOP.body("## Bike shop").check("seo.keyphrase-introduction").orElseThrow();

            assertThat(check.score()).isEqualTo(3);
            assertThat(check.message()).contains("no paragraphs");
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-title")
    class KeyphraseTitle {

        @DisplayName("scores 9 for the exact keyphrase first, 6 for its words elsewhere, 2 without them")
        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({
                "Bike shop guide, 9",
                "'bike SHOP: a guide', 9",
                "The best bike shops, 6",
                "Shops for bikes, 6",
                "Bike shops, 6",
                "Bikes in Utrecht, 2",
                "Cycling in Utrecht, 2"})
        void bands(String seoTitle, int score) {
            assertThat(BIKE_SHOP.seoTitle(seoTitle).score("seo.keyphrase-title")).isEqualTo(score);
        }

        @Test
        @DisplayName("reads the title when no SEO title is set")
        void fallsBackToTitle() {
            assertThat(BIKE_SHOP.title("Bike shop guide").seoTitle(null).score("seo.keyphrase-title")).isEqualTo(9);
            assertThat(BIKE_SHOP.title("Bike shop guide").seoTitle("Cycling").score("seo.keyphrase-title")).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-slug")
    class KeyphraseSlug {

        @DisplayName("scores 9 when every content word is in the slug, else 3")
        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({
                "bike-shop-guide, 9",
                "the-best-bikes-and-shops, 9",
                "bike-guide, 3",
                "cycling, 3",
                "'', 3"})
        void bands(String slug, int score) {
            assertThat(BIKE_SHOP.slug(slug).score("seo.keyphrase-slug")).isEqualTo(score);
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-subheadings")
    class KeyphraseSubheadings {

        private static String subheadings(int using, int total) {
            StringBuilder body = new StringBuilder("Intro.\n\n");
            for (int i = 0; i < total; i++) {
                body.append(i < using ? "## Bike shops " : "### Other things ").append(i).append("\n\nText.\n\n");
            }
            return body.toString();
        }

        @DisplayName("scores 9 when 30% to 75% of the H2 and H3 subheadings hold the keyphrase, else 3")
        @ParameterizedTest(name = "{0} of {1} -> {2}")
        @CsvSource({"3, 10, 9", "1, 3, 9", "1, 2, 9", "3, 4, 9", "1, 4, 3", "2, 10, 3", "4, 4, 3", "0, 3, 3"})
        void bands(int using, int total, int score) {
            assertThat(BIKE_SHOP.body(subheadings(using, total)).score("seo.keyphrase-subheadings")).isEqualTo(score);
        }

        @Test
        @DisplayName("ignores H1 and H4 to H6 headings, and is left out without subheadings")
        void onlyH2AndH3() {
            String body = "# Bike shop\n\nText.\n\n#### Bike shop\n\nText.\n\n##### Other\n\nText.";

            assertThat(BIKE_SHOP.body(body).check("seo.keyphrase-subheadings")).isEmpty();
            assertThat(BIKE_SHOP.body(body + "\n\n## Bike shops").score("seo.keyphrase-subheadings")).isEqualTo(3);
            assertThat(BIKE_SHOP.body(body + "\n\n## Bike shops\n\n### Other").score("seo.keyphrase-subheadings"))
                    .isEqualTo(9);
        }
    }

    @Nested
    @DisplayName("seo.keyphrase-meta-description")
    class KeyphraseMetaDescription {

        @DisplayName("scores 9 for the keyphrase once or twice, 3 for never or more often")
        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource({
                "Find a bike shop near you., 9",
                "'Shops for bikes, old and new.', 9",
                "'Bike shop or bike shop?', 9",
                "'Bike shop, bike shop, bike shop.', 3",
                "Find a bicycle store near you., 3",
                "'Bikes, bikes, bikes.', 3"})
        void bands(String meta, int score) {
            assertThat(BIKE_SHOP.meta(meta).score("seo.keyphrase-meta-description")).isEqualTo(score);
        }

        @Test
        @DisplayName("is left out without a meta description")
        void noMetaDescription() {
            assertThat(BIKE_SHOP.meta(null).check("seo.keyphrase-meta-description")).isEmpty();
            assertThat(BIKE_SHOP.meta(" ").check("seo.keyphrase-meta-description")).isEmpty();
        }
    }

    @Nested
    @DisplayName("seo.meta-description-length")
    class MetaDescriptionLength {

        @DisplayName("scores 9 from 121 to 156 characters, 6 for other lengths")
        @ParameterizedTest(name = "{0} characters -> {1}")
        @CsvSource({"1, 6", "120, 6", "121, 9", "140, 9", "156, 9", "157, 6", "500, 6"})
        void bands(int length, int score) {
            assertThat(Draft.empty().meta("m".repeat(length)).score("seo.meta-description-length")).isEqualTo(score);
        }

        @Test
        @DisplayName("counts characters, not UTF-16 units, and ignores surrounding whitespace")
        void countsCodePoints() {
            assertThat(Draft.empty().meta("🚲".repeat(121)).score("seo.meta-description-length")).isEqualTo(9);
            assertThat(Draft.empty().meta("  " + "m".repeat(120) + "  ").score("seo.meta-description-length"))
                    .isEqualTo(6);
        }

        @Test
        @DisplayName("scores 1 without a meta description, even when a keyphrase is set")
        void none() {
            assertThat(Draft.empty().score("seo.meta-description-length")).isEqualTo(1);
            assertThat(BIKE_SHOP.meta("").score("seo.meta-description-length")).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("seo.text-length")
    class TextLength {

        @DisplayName("scores the words of the paragraphs in bands")
        @ParameterizedTest(name = "{0} words -> {1}")
        @CsvSource({
                "1000, 9", "300, 9", "299, 6", "250, 6", "249, 3", "200, 3",
                "199, -10", "100, -10", "99, -20", "0, -20"})
        void bands(int words, int score) {
            assertThat(Draft.empty().body(words(words)).score("seo.text-length")).isEqualTo(score);
        }

        @Test
        @DisplayName("does not count headings or code")
        void onlyParagraphs() {
            String body = "## One two three four five\n\n" + words(299) + "\n\n```\ncode code code\n```";

            assertThat(Draft.empty().body(body).score("seo.text-length")).isEqualTo(6);
        }
    }

    @Nested
    @DisplayName("seo.internal-links and seo.outbound-links")
    class Links {

        private static Stream<Arguments> links() {
            return Stream.of(
                    Arguments.of("[about](/about)", 9, 3),
                    Arguments.of("[about](about.html)", 9, 3),
                    Arguments.of("[about](https://blog.example.org/about)", 9, 3),
                    Arguments.of("[about](https://www.blog.example.org/about)", 9, 3),
                    Arguments.of("[about](https://WWW.BLOG.example.org)", 9, 3),
                    Arguments.of("[study](https://example.com/study)", 3, 9),
                    Arguments.of("[study](//example.com/study)", 3, 9),
                    Arguments.of("[mail](mailto:editor@blog.example.org)", 3, 3),
                    Arguments.of("[call](tel:+311234)", 3, 3),
                    Arguments.of("[top](#top)", 3, 3),
                    Arguments.of("no links at all", 3, 3),
                    Arguments.of("[a](/a) and [b](https://example.com)", 9, 9));
        }

        @DisplayName("count relative and same-host links as internal, other web links as outbound, the rest as neither")
        @ParameterizedTest(name = "{0} -> internal {1}, outbound {2}")
        @MethodSource("links")
        void classify(String body, int internal, int outbound) {
            Draft draft = Draft.empty().siteHost("blog.example.org").body(body);

            assertThat(draft.score("seo.internal-links")).isEqualTo(internal);
            assertThat(draft.score("seo.outbound-links")).isEqualTo(outbound);
        }

        @Test
        @DisplayName("count every absolute web link as outbound when the site host is unknown")
        void unknownHost() {
            Draft draft = Draft.empty().body("[about](https://blog.example.org/about)");

            assertThat(draft.score("seo.internal-links")).isEqualTo(3);
            assertThat(draft.score("seo.outbound-links")).isEqualTo(9);
        }
    }

    @Nested
    @DisplayName("seo.images and seo.image-alt")
    class Images {

        @Test
        @DisplayName("score 3 and no alt check without images")
        void none() {
            Draft draft = Draft.empty().body("Text.");

            assertThat(draft.score("seo.images")).isEqualTo(3);
            assertThat(draft.check("seo.image-alt")).isEmpty();
        }

        @DisplayName("score images 9 and alt text 9 for all, 6 for some, 3 for none")
        @ParameterizedTest(name = "{0} -> alt {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ![A red bike](a.jpg)                        | 9
                ![A red bike](a.jpg) ![Tools](b.jpg)        | 9
                ![A red bike](a.jpg) ![](b.jpg)             | 6
                ![](a.jpg) ![](b.jpg)                       | 3
                """)
        void alt(String body, int score) {
            Draft draft = Draft.empty().body(body);

            assertThat(draft.score("seo.images")).isEqualTo(9);
            assertThat(draft.score("seo.image-alt")).isEqualTo(score);
        }

        @DisplayName("with a keyphrase, give full alt text 9 only when one alt text holds the keyphrase")
        @ParameterizedTest(name = "{0} -> alt {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ![Our bike shop](a.jpg) ![Tools](b.jpg)     | 9
                ![Shops selling bikes](a.jpg)               | 9
                ![A red bike](a.jpg) ![Tools](b.jpg)        | 6
                ![Our bike shop](a.jpg) ![](b.jpg)          | 6
                ![](a.jpg)                                  | 3
                """)
        void altWithKeyphrase(String body, int score) {
            assertThat(BIKE_SHOP.body(body).score("seo.image-alt")).isEqualTo(score);
        }
    }

    @Nested
    @DisplayName("seo.single-h1")
    class SingleH1 {

        @Test
        @DisplayName("scores 1 for an H1 in the body, since the title is the page's H1, and 9 otherwise")
        void bands() {
            assertThat(Draft.empty().body("# Introduction\n\nText.").score("seo.single-h1")).isEqualTo(1);
            assertThat(Draft.empty().body("Title\n=====\n\nText.").score("seo.single-h1")).isEqualTo(1);
            assertThat(Draft.empty().body("## Introduction\n\nText.").score("seo.single-h1")).isEqualTo(9);
            assertThat(Draft.empty().score("seo.single-h1")).isEqualTo(9);
        }
    }

    @Nested
    @DisplayName("the overall score")
    class Score {

        @Test
        @DisplayName("is the sum of the scores over 9 per check, as a rounded percentage")
        void formula() {
            Draft draft = Draft.empty().body("Hello [home](/about) and [them](https://other.org). ![](a.png)");

            SeoReport report = draft.report();

            // keyphrase-length 1, meta-description-length 1, text-length -20 (4 words), internal-links 9,
            // outbound-links 9, images 9, image-alt 3, single-h1 9: 21 / 72 * 100 = 29.17
            assertThat(report.checks()).extracting(Check::score).containsExactly(-20, 1, 1, 3, 9, 9, 9, 9);
            assertThat(report.score()).isEqualTo(29);
        }

        @Test
        @DisplayName("is clamped to 0 when the checks sum below 0")
        void clampedAtZero() {
            Draft draft = BIKE_SHOP.body("Bike shop ".repeat(50).strip() + ".");

            SeoReport report = draft.report();

            // keyphrase-length 9, density -50 (100%), introduction 9, title 2, slug 3, meta length 1,
            // text-length -10, internal 3, outbound 3, images 3, single-h1 9: sum -18
            assertThat(report.checks()).extracting(Check::score).containsExactly(-50, -10, 1, 2, 3, 3, 3, 3, 9, 9, 9);
            assertThat(report.score()).isZero();
        }

        @Test
        @DisplayName("reaches 100 when every check scores 9")
        void perfect() {
            String body = "Our bike shop fixes every kind of bike. " + words(150) + "\n\n"
                    + "## Bike shop hours\n\n" + words(100) + " [Opening hours](/hours).\n\n"
                    + "## Prices\n\n" + words(100) + " [Compare](https://example.com).\n\n"
                    + "![Our bike shop](shop.jpg)";
            Draft draft = BIKE_SHOP.title("Bike shop in Utrecht").slug("bike-shop-utrecht")
                    .meta("Our bike shop in Utrecht fixes, sells and rents city bikes, e-bikes and cargo bikes."
                            + " Walk in any weekday; most repairs are done the same day.")
                    .body(body);

            SeoReport report = draft.report();

            assertThat(report.checks()).allSatisfy(check -> assertThat(check.score()).isEqualTo(9));
            assertThat(report.checks()).hasSize(14);
            assertThat(report.score()).isEqualTo(100);
        }

        @Test
        @DisplayName("comes with the checks worst first, ties by id")
        void order() {
            SeoReport report = BIKE_SHOP.body(withKeyphrase(120, 1)).report();

            assertThat(report.checks()).isSortedAccordingTo((a, b) -> a.score() != b.score()
                    ? Integer.compare(a.score(), b.score())
                    : a.id().compareTo(b.id()));
            assertThat(report.checks()).extracting(Check::id).doesNotHaveDuplicates();
        }
    }

    @Nested
    @DisplayName("on odd input")
    class OddInput {

        private static final int MEGABYTE = 1 << 20;

        private static Stream<Arguments> bodies() {
            String paragraph = "Our bike shop sells bikes. [Home](/) and [away](https://example.com). "
                    + "![A bike](b.png)\n\n## Bike shops\n\n# Bike\n\n";
            return Stream.of(
                    Arguments.of("empty", ""),
                    Arguments.of("blank", " \n\t\n "),
                    Arguments.of("emoji only", "😀🚲🎉 🚲🚲\n\n## 😀\n\n![🚲](🚲.png)"),
                    Arguments.of("markup only", "# \n\n---\n\n> \n\n* \n\n```\ncode\n```\n\n<div></div>\n\n[](/x) ![](y.png)"),
                    Arguments.of("1 MB of posts", paragraph.repeat(MEGABYTE / paragraph.length() + 1)),
                    Arguments.of("1 MB in one sentence", "bike shop ".repeat(MEGABYTE / 10 + 1)),
                    Arguments.of("1 MB in one word", "b".repeat(MEGABYTE)));
        }

        @DisplayName("neither throws nor scores out of bounds")
        @ParameterizedTest(name = "{0}")
        @MethodSource("bodies")
        void staysInBounds(String name, String body) {
            for (String keyphrase : new String[] {null, "bike shop", "🚲", "how to", body}) {
                Draft draft = Draft.empty().keyphrase(keyphrase).meta(body).slug(body).seoTitle(body).body(body);

                SeoReport report = draft.report();

                assertThat(report.score()).isBetween(0, 100);
                assertThat(report.checks()).isNotEmpty().allSatisfy(check -> {
                    assertThat(check.id()).startsWith("seo.");
                    assertThat(check.score()).isBetween(-50, 9);
                    assertThat(check.message()).isNotBlank();
                });
            }
        }

        @Test
        @DisplayName("rejects a null input")
        void rejectsNull() {
            assertThatThrownBy(() -> SeoAnalysis.analyze(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("input");
        }
    }
}
