package dev.cloudblog.core.analysis;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.core.analysis.readability.ReadabilityAnalysis;
import dev.cloudblog.core.analysis.readability.ReadabilityReport;
import dev.cloudblog.core.analysis.sentiment.SentimentScores;
import dev.cloudblog.core.analysis.sentiment.VaderSentiment;
import dev.cloudblog.core.analysis.seo.SeoAnalysis;
import dev.cloudblog.core.analysis.seo.SeoInput;
import dev.cloudblog.core.analysis.seo.SeoReport;
import dev.cloudblog.core.analysis.text.Document;
import dev.cloudblog.core.analysis.text.Words;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code rules} analyzer: computed, explainable scores, no model. Its facets:
 * <ul>
 *   <li>{@code text}: word count, reading time and the language guess (verdict {@code en} or
 *       {@code und}); always;</li>
 *   <li>{@code readability}: score = Flesch reading ease 0..100, verdict the traffic light, the
 *       Yoast-style checks; English only;</li>
 *   <li>{@code seo}: score 0..100, verdict {@code good} (over 70), {@code ok} (over 40) or
 *       {@code bad}, the keyphrase, meta description, length, link and image checks; English only;</li>
 *   <li>{@code sentiment}: score = VADER compound -1..1 averaged over sentences, verdict
 *       {@code positive}, {@code neutral} or {@code negative}; English only.</li>
 * </ul>
 * The English-only facets are left out for text guessed to be in another language, rather than
 * reported wrong. Thread-safe and deterministic.
 */
final class RulesAnalyzer implements ContentAnalyzer {

    /** The version of these rules; it changes whenever a score could change. */
    static final String VERSION = "rules-1 (" + VaderSentiment.VERSION + ")";

    private final String siteHost;

    /**
     * @param siteHost the blog's own host, for telling internal links from outbound ones; may be null
     */
    RulesAnalyzer(String siteHost) {
        this.siteHost = siteHost;
    }

    @Override
    public List<AnalysisFacet> analyze(Post post) {
        Document document = Document.parse(post.body());
        String prose = document.bodyText();
        LanguageGuess language = LanguageGuess.of(post.title() + "\n" + prose);
        int words = Words.count(prose) + document.headings().stream().mapToInt(h -> Words.count(h.text())).sum();
        List<AnalysisFacet> facets = new ArrayList<>();
        facets.add(facet("text", words, language.tag(), Map.of(
                "words", (double) words,
                "readingTimeMinutes", (double) post.readingTime().toMinutes(),
                "englishFunctionWordShare", language.functionWordShare(),
                "latinLetterShare", language.latinShare()), List.of()));
        if (!language.english()) {
            return facets;
        }
        ReadabilityReport readability = ReadabilityAnalysis.analyze(document);
        facets.add(facet("readability", readability.fleschReadingEase(), readability.verdict(), Map.of(
                        "sentences", (double) readability.sentences(),
                        "words", (double) readability.words(),
                        "syllables", (double) readability.syllables(),
                        "fleschReadingEase", readability.fleschReadingEase(),
                        "fleschKincaidGrade", readability.fleschKincaidGrade()), readability.checks()));
        SeoReport seo = SeoAnalysis.analyze(new SeoInput(document, post.title(), post.seo().title(),
                post.seo().description(), post.slug(), post.seo().focusKeyphrase(), siteHost));
        facets.add(facet("seo", seo.score(), seo.score() > 70 ? "good" : seo.score() > 40 ? "ok" : "bad",
                Map.of("score", (double) seo.score()), seo.checks()));
        List<String> sentences = new ArrayList<>();
        document.paragraphs().forEach(paragraph -> sentences.addAll(paragraph.sentences()));
        SentimentScores sentiment = VaderSentiment.english().document(sentences);
        facets.add(facet("sentiment", sentiment.compound(), sentiment.label(), Map.of(
                "negative", sentiment.negative(),
                "neutral", sentiment.neutral(),
                "positive", sentiment.positive(),
                "compound", sentiment.compound()), List.of()));
        return facets;
    }

    private static AnalysisFacet facet(String name, double score, String verdict, Map<String, Double> metrics,
                                       List<Check> checks) {
        return new AnalysisFacet(RulesAnalyzerProvider.NAME, VERSION, name, score, verdict, metrics, checks);
    }
}
