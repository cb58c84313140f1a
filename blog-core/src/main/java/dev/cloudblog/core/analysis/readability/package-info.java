/**
 * English readability analysis: Flesch reading ease and Flesch-Kincaid grade, six checks on sentence
 * and paragraph length, subheadings, passive voice, transition words and repeated sentence openings,
 * and a traffic light over them.
 *
 * <pre>{@code
 * ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse(markdown));
 * report.fleschReadingEase();  // 0..100, higher is easier
 * report.checks();             // scored 0..9, worst first
 * report.verdict();            // "green", "orange" or "red"
 * }</pre>
 *
 * <p>Syllables, passive voice and transition words are found by English word rules and lists, not a
 * language model; {@link dev.cloudblog.core.analysis.readability.Syllables},
 * {@code PassiveVoice} and {@code TransitionWords} document how and where they go wrong.
 */
package dev.cloudblog.core.analysis.readability;
