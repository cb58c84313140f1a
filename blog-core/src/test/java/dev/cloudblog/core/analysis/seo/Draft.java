package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Document;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A post under test, built up with withers, with helpers that write bodies of an exact length.
 *
 * @param body      the Markdown body
 * @param title     the title
 * @param seoTitle  the SEO title, or null
 * @param meta      the meta description, or null
 * @param slug      the slug
 * @param keyphrase the focus keyphrase, or null
 * @param siteHost  the site's host, or null
 */
record Draft(String body, String title, String seoTitle, String meta, String slug, String keyphrase,
             String siteHost) {

    /** Ten words in one sentence, none a form of "bike" or "shop". */
    static final String FILLER = "Quiet rivers carry cold water past green hills every spring.";

    /** Four words, one occurrence of "bike shop". */
    static final String KEYPHRASE_SENTENCE = "Visit the bike shop.";

    /** An empty post titled "Hello" with the slug "hello" and nothing else. */
    static Draft empty() {
        return new Draft("", "Hello", null, null, "hello", null, null);
    }

    /**
     * Exactly {@code count} words of filler, in sentences of at most ten words.
     */
    static String words(int count) {
        String[] filler = FILLER.substring(0, FILLER.length() - 1).split(" ");
        StringJoiner text = new StringJoiner(" ");
        for (int i = 0; i < count; i++) {
            boolean endsSentence = i % filler.length == filler.length - 1 || i == count - 1;
            text.add(filler[i % filler.length] + (endsSentence ? "." : ""));
        }
        return text.toString();
    }

    /**
     * One paragraph of exactly {@code totalWords} words with {@code occurrences} sentences holding
     * "bike shop" once each, then filler.
     */
    static String withKeyphrase(int totalWords, int occurrences) {
        StringJoiner text = new StringJoiner(" ");
        for (int i = 0; i < occurrences; i++) {
            text.add(KEYPHRASE_SENTENCE);
        }
        text.add(words(totalWords - 4 * occurrences));
        return text.toString().strip();
    }

    Draft body(String newBody) {
        return new Draft(newBody, title, seoTitle, meta, slug, keyphrase, siteHost);
    }

    Draft title(String newTitle) {
        return new Draft(body, newTitle, seoTitle, meta, slug, keyphrase, siteHost);
    }

    Draft seoTitle(String newSeoTitle) {
        return new Draft(body, title, newSeoTitle, meta, slug, keyphrase, siteHost);
    }

    Draft meta(String newMeta) {
        return new Draft(body, title, seoTitle, newMeta, slug, keyphrase, siteHost);
    }

    Draft slug(String newSlug) {
        return new Draft(body, title, seoTitle, meta, newSlug, keyphrase, siteHost);
    }

    Draft keyphrase(String newKeyphrase) {
        return new Draft(body, title, seoTitle, meta, slug, newKeyphrase, siteHost);
    }

    Draft siteHost(String newSiteHost) {
        return new Draft(body, title, seoTitle, meta, slug, keyphrase, newSiteHost);
    }

    SeoInput input() {
        return new SeoInput(Document.parse(body), title, seoTitle, meta, slug, keyphrase, siteHost);
    }

    SeoReport report() {
        return SeoAnalysis.analyze(input());
    }

    /** The check with this id, if the analysis emitted it. */
    Optional<Check> check(String id) {
        return report().checks().stream().filter(check -> check.id().equals(id)).findFirst();
    }

    /** The score of the check with this id, which must have been emitted. */
    int score(String id) {
        return check(id).orElseThrow(() -> new AssertionError("no check " + id + " in " + report())).score();
    }
}
