package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Document;
import dev.cloudblog.core.analysis.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks on the focus keyphrase. Each takes a parsed {@link Keyphrase}; when there is none,
 * {@link #missing} stands in for all of them.
 */
final class KeyphraseChecks {

    /** The fewest words in the body for {@link #density} to apply. */
    static final int DENSITY_MIN_WORDS = 100;

    private KeyphraseChecks() {
    }

    /**
     * {@code seo.keyphrase-length} in place of every keyphrase check when no keyphrase is set, or
     * the one set has no words: score 1.
     */
    static Check missing(String focusKeyphrase) {
        String found = focusKeyphrase == null ? "No focus keyphrase is set" : "The focus keyphrase has no words";
        return new Check("seo.keyphrase-length", 1,
                found + ": set a focus keyphrase, the words readers would search for, to get the keyphrase checks.");
    }

    /**
     * {@code seo.keyphrase-length}, by the number of content words: 1 to 4 scores 9, 5 to 8 scores
     * 6, more scores 3.
     *
     * <pre>{@code
     * "how to fix a bike"                  // 2 content words: 9
     * "cheap bike shops in old town utrecht"   // 6 content words: 6
     * }</pre>
     */
    static Check length(Keyphrase keyphrase) {
        int words = keyphrase.contentWords().size();
        String found = "The focus keyphrase has " + Quantity.of(words, "content word");
        if (words <= 4) {
            return new Check("seo.keyphrase-length", 9, found + ". Good.");
        }
        return new Check("seo.keyphrase-length", words <= 8 ? 6 : 3,
                found + ", more than 4: shorten it to the few words readers would search for.");
    }

    /**
     * {@code seo.keyphrase-density}, for bodies of {@value #DENSITY_MIN_WORDS} words or more:
     * {@code density = occurrences * contentWords / bodyWords * 100}, where occurrences are counted
     * per sentence of the paragraphs (see {@link Keyphrase#occurrences}) and body words are the
     * words of the paragraphs, headings excluded. 0.5% to 3% scores 9; above 0 and under 0.5%
     * scores 4, and so do no occurrences at all; above 3% up to 4% scores -10; above 4% scores
     * -50.
     *
     * <pre>{@code
     * // "bike shop" (2 content words) in 4 sentences of a 400-word body: 4 * 2 / 400 * 100 = 2%: 9
     * }</pre>
     */
    static Optional<Check> density(Keyphrase keyphrase, Document document) {
        int bodyWords = Words.count(document.bodyText());
        if (bodyWords < DENSITY_MIN_WORDS) {
            return Optional.empty();
        }
        int occurrences = document.paragraphs().stream().mapToInt(p -> keyphrase.occurrences(p.sentences())).sum();
        if (occurrences == 0) {
            return Optional.of(new Check("seo.keyphrase-density", 4,
                    "The focus keyphrase never appears in the " + Quantity.of(bodyWords, "word")
                            + " of the text: use it in a few sentences, aiming at a density of 0.5% to 3%."));
        }
        double density = (double) occurrences * keyphrase.contentWords().size() / bodyWords * 100;
        String found = String.format(Locale.ROOT, "The focus keyphrase appears %s in %s, a density of %.2f%%",
                Quantity.of(occurrences, "time"), Quantity.of(bodyWords, "word"), density);
        if (density < 0.5) {
            return Optional.of(new Check("seo.keyphrase-density", 4,
                    found + ", under 0.5%: use it more often, aiming at 0.5% to 3%."));
        }
        if (density <= 3) {
            return Optional.of(new Check("seo.keyphrase-density", 9, found + ". Good."));
        }
        return Optional.of(new Check("seo.keyphrase-density", density <= 4 ? -10 : -50,
                found + ", over 3%: that reads as keyphrase stuffing; use it less often, aiming at 0.5% to 3%."));
    }

    /**
     * {@code seo.keyphrase-introduction}: the first paragraph contains every content word (in any of
     * its sentences) scores 9; otherwise, or without paragraphs, 3.
     *
     * <pre>{@code
     * // keyphrase "bike shop", first paragraph "Shops abound. This one sells bikes.": 9
     * }</pre>
     */
    static Check introduction(Keyphrase keyphrase, Document document) {
        List<Document.Block> paragraphs = document.paragraphs();
        if (paragraphs.isEmpty()) {
            return new Check("seo.keyphrase-introduction", 3,
                    "The text has no paragraphs: start it with an introduction that uses the focus keyphrase.");
        }
        if (keyphrase.isIn(paragraphs.get(0).text())) {
            return new Check("seo.keyphrase-introduction", 9, "The first paragraph uses the focus keyphrase. Good.");
        }
        return new Check("seo.keyphrase-introduction", 3,
                "The first paragraph does not use the focus keyphrase: make the topic clear right away by using it there.");
    }

    /**
     * {@code seo.keyphrase-title}: the SEO title beginning with the exact keyphrase (see
     * {@link Keyphrase#begins}) scores 9; containing every content word elsewhere, or in other forms,
     * scores 6; missing any scores 2.
     *
     * <pre>{@code
     * // keyphrase "bike shop": "Bike shop guide" 9, "The best bike shops" 6, "Cycling" 2
     * }</pre>
     */
    static Check title(Keyphrase keyphrase, String seoTitle) {
        if (keyphrase.begins(seoTitle)) {
            return new Check("seo.keyphrase-title", 9, "The SEO title begins with the focus keyphrase. Good.");
        }
        if (keyphrase.isIn(seoTitle)) {
            return new Check("seo.keyphrase-title", 6,
                    "The SEO title uses the focus keyphrase but does not begin with it: move it to the beginning.");
        }
        return new Check("seo.keyphrase-title", 2,
                "The SEO title does not use the focus keyphrase: put the keyphrase in it, ideally at the beginning.");
    }

    /**
     * {@code seo.keyphrase-slug}: every content word among the slug's hyphen-separated words (see
     * {@link Keyphrase#isInSlug}) scores 9; otherwise 3, however many are there.
     *
     * <pre>{@code
     * // keyphrase "bike shop": "best-bike-shops" 9, "best-bikes" 3
     * }</pre>
     */
    static Check slug(Keyphrase keyphrase, String slug) {
        if (keyphrase.isInSlug(slug)) {
            return new Check("seo.keyphrase-slug", 9, "The slug uses the focus keyphrase. Good.");
        }
        return new Check("seo.keyphrase-slug", 3,
                "The slug does not use every word of the focus keyphrase: put them in it.");
    }

    /**
     * {@code seo.keyphrase-subheadings}, when the body has H2 or H3 subheadings: 30% to 75% of them
     * containing every content word scores 9; fewer or more scores 3. Without subheadings there is no
     * check.
     *
     * <pre>{@code
     * // 1 of 3 subheadings (33%) uses the keyphrase: 9; 4 of 4 (100%): 3
     * }</pre>
     */
    static Optional<Check> subheadings(Keyphrase keyphrase, Document document) {
        List<Document.Block> subheadings = document.headings().stream()
                .filter(heading -> heading.level() == 2 || heading.level() == 3)
                .toList();
        if (subheadings.isEmpty()) {
            return Optional.empty();
        }
        long using = subheadings.stream().filter(heading -> keyphrase.isIn(heading.text())).count();
        double share = 100.0 * using / subheadings.size();
        String found = String.format(Locale.ROOT, "%s of %s (%.0f%%) use the focus keyphrase",
                using, Quantity.of(subheadings.size(), "H2 or H3 subheading"), share);
        if (share < 30) {
            return Optional.of(new Check("seo.keyphrase-subheadings", 3,
                    found + ", under 30%: use it in more of them."));
        }
        if (share <= 75) {
            return Optional.of(new Check("seo.keyphrase-subheadings", 9, found + ". Good."));
        }
        return Optional.of(new Check("seo.keyphrase-subheadings", 3,
                found + ", over 75%: vary them so that they tell the reader what each part is about."));
    }

    /**
     * {@code seo.keyphrase-meta-description}, when there is a meta description: containing the
     * keyphrase once or twice (see {@link Keyphrase#count}) scores 9; more often (keyphrase stuffing)
     * or never scores 3.
     *
     * <pre>{@code
     * // keyphrase "bike shop": "Find a bike shop near you." 9, "Bikes, bikes, bike shops, shops, shops." 3
     * }</pre>
     */
    static Optional<Check> metaDescription(Keyphrase keyphrase, String metaDescription) {
        if (metaDescription == null) {
            return Optional.empty();
        }
        int count = keyphrase.count(metaDescription);
        if (count == 0) {
            return Optional.of(new Check("seo.keyphrase-meta-description", 3,
                    "The meta description does not use the focus keyphrase: use it once, so searchers see it."));
        }
        String found = "The meta description uses the focus keyphrase " + Quantity.of(count, "time");
        if (count <= 2) {
            return Optional.of(new Check("seo.keyphrase-meta-description", 9, found + ". Good."));
        }
        return Optional.of(new Check("seo.keyphrase-meta-description", 3,
                found + ", more than twice: that reads as keyphrase stuffing; use it once or twice."));
    }
}
