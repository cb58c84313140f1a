package dev.cloudblog.providers.lucene;

import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The language that titles and bodies are analyzed in ({@code blog.lucene.language}): the
 * language's stop words are dropped and words are reduced to their stems, so that a search for
 * {@code proofs} finds {@code proof}. {@link #STANDARD} only splits words and lower-cases them, for
 * blogs in other languages or several.
 */
enum Language {
    ENGLISH(EnglishAnalyzer::new),
    GERMAN(GermanAnalyzer::new),
    FRENCH(FrenchAnalyzer::new),
    SPANISH(SpanishAnalyzer::new),
    ITALIAN(ItalianAnalyzer::new),
    PORTUGUESE(PortugueseAnalyzer::new),
    DUTCH(DutchAnalyzer::new),
    STANDARD(StandardAnalyzer::new);

    private final Supplier<Analyzer> analyzer;

    Language(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    /** A new analyzer for text in this language; the caller closes it. */
    Analyzer newAnalyzer() {
        return analyzer.get();
    }

    /** The name used in settings and recorded in the index, such as {@code english}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
