package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scores a post for search engines the way Yoast SEO's assessments do. Every check scores as a
 * {@link Check} does (above 7 good, up to 4 bad; a few go below 0 to weigh heavier). Check ids:
 *
 * <table>
 *   <caption>Checks and their scores</caption>
 *   <tr><th>Check</th><th>When</th><th>Scores</th></tr>
 *   <tr><td>{@code seo.keyphrase-length}</td><td>always</td>
 *       <td>1 to 4 content words 9, 5 to 8 6, more 3; no keyphrase 1</td></tr>
 *   <tr><td>{@code seo.keyphrase-density}</td><td>keyphrase, 100+ words</td>
 *       <td>0.5% to 3% 9, under 0.5% (or never) 4, up to 4% -10, more -50</td></tr>
 *   <tr><td>{@code seo.keyphrase-introduction}</td><td>keyphrase</td>
 *       <td>in the first paragraph 9, else 3</td></tr>
 *   <tr><td>{@code seo.keyphrase-title}</td><td>keyphrase</td>
 *       <td>SEO title begins with it 9, contains it 6, else 2</td></tr>
 *   <tr><td>{@code seo.keyphrase-slug}</td><td>keyphrase</td><td>all content words 9, else 3</td></tr>
 *   <tr><td>{@code seo.keyphrase-subheadings}</td><td>keyphrase, H2/H3s</td>
 *       <td>in 30% to 75% of them 9, else 3</td></tr>
 *   <tr><td>{@code seo.keyphrase-meta-description}</td><td>keyphrase, meta description</td>
 *       <td>1 or 2 times 9, else 3</td></tr>
 *   <tr><td>{@code seo.meta-description-length}</td><td>always</td>
 *       <td>121 to 156 characters 9, else 6, none 1</td></tr>
 *   <tr><td>{@code seo.text-length}</td><td>always</td>
 *       <td>300+ words 9, 250+ 6, 200+ 3, 100+ -10, fewer -20</td></tr>
 *   <tr><td>{@code seo.internal-links}</td><td>always</td><td>any 9, none 3</td></tr>
 *   <tr><td>{@code seo.outbound-links}</td><td>always</td><td>any 9, none 3</td></tr>
 *   <tr><td>{@code seo.images}</td><td>always</td><td>any 9, none 3</td></tr>
 *   <tr><td>{@code seo.image-alt}</td><td>images</td>
 *       <td>all described (and one using the keyphrase, if set) 9, some 6, none 3</td></tr>
 *   <tr><td>{@code seo.single-h1}</td><td>always</td><td>an H1 in the body 1, else 9</td></tr>
 * </table>
 *
 * <p>The keyphrase is matched on its content words: its words other than about 120 English
 * function words ({@code a, the, of, to, how, is, ...}), or all its words if every one is a
 * function word. Words are compared case-insensitively and in their regular forms, which a small
 * suffix-stripping stemmer finds ({@code bike, bikes, biking, biked}; not {@code mice, ran}). A
 * piece of text (the first paragraph, a subheading, the meta description, an alt text, the SEO
 * title) contains the keyphrase when every content word occurs in it, in any order; it contains it
 * as many times as the rarest content word occurs. For the density, occurrences are counted per
 * sentence, so the content words must meet in one sentence. How links are classified is described
 * at {@link SeoInput}.
 *
 * <pre>{@code
 * SeoReport report = SeoAnalysis.analyze(new SeoInput(Document.parse(markdown), "Bike shops", null,
 *         null, "bike-shops", "bike shop", "blog.example.org"));
 * report.score();   // 0 to 100
 * }</pre>
 */
public final class SeoAnalysis {

    private static final Comparator<Check> WORST_FIRST =
            Comparator.comparingInt(Check::score).thenComparing(Check::id);

    private SeoAnalysis() {
    }

    /**
     * Runs every check that applies and scores the whole: the sum of the check scores over the
     * most they could reach (9 each), as a percentage, rounded half up and clamped to 0 to 100.
     *
     * <pre>{@code
     * // 8 checks scoring 1, 1, -20, 9, 9, 9, 3, 9: 21 / (8 * 9) * 100 = 29.2, so 29
     * }</pre>
     *
     * @return the score and the checks, worst first and then by id
     * @throws NullPointerException if {@code input} is null
     */
    public static SeoReport analyze(SeoInput input) {
        Objects.requireNonNull(input, "input");
        Document document = input.document();
        Keyphrase keyphrase = input.focusKeyphrase() == null
                ? null
                : Keyphrase.parse(input.focusKeyphrase()).orElse(null);
        List<Check> checks = new ArrayList<>();
        if (keyphrase == null) {
            checks.add(KeyphraseChecks.missing(input.focusKeyphrase()));
        } else {
            checks.add(KeyphraseChecks.length(keyphrase));
            KeyphraseChecks.density(keyphrase, document).ifPresent(checks::add);
            checks.add(KeyphraseChecks.introduction(keyphrase, document));
            checks.add(KeyphraseChecks.title(keyphrase, input.seoTitle()));
            checks.add(KeyphraseChecks.slug(keyphrase, input.slug()));
            KeyphraseChecks.subheadings(keyphrase, document).ifPresent(checks::add);
            KeyphraseChecks.metaDescription(keyphrase, input.metaDescription()).ifPresent(checks::add);
        }
        checks.add(PageChecks.metaDescriptionLength(input.metaDescription()));
        checks.add(PageChecks.textLength(document));
        checks.add(PageChecks.internalLinks(document, input.siteHost()));
        checks.add(PageChecks.outboundLinks(document, input.siteHost()));
        checks.add(PageChecks.images(document));
        PageChecks.imageAlt(document, keyphrase).ifPresent(checks::add);
        checks.add(PageChecks.singleH1(document));
        checks.sort(WORST_FIRST);
        return new SeoReport(score(checks), checks);
    }

    private static int score(List<Check> checks) {
        long sum = checks.stream().mapToLong(Check::score).sum();
        long percent = Math.round(sum * 100.0 / (checks.size() * 9.0));
        return (int) Math.max(0, Math.min(100, percent));
    }
}
