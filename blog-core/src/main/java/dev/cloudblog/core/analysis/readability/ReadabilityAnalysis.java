package dev.cloudblog.core.analysis.readability;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Document;
import dev.cloudblog.core.analysis.text.Sentences;
import dev.cloudblog.core.analysis.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Analyses the readability of an English text: Flesch reading ease, Flesch-Kincaid grade and six
 * checks scored 0 to 9 on the thresholds Yoast publishes, added up to a traffic light.
 *
 * <p>The text is the paragraphs of the {@link Document} (list items and quotes included); headings
 * are not sentences and count only as the boundaries of sections. Sentences are split by
 * {@link Sentences#split(String)} paragraph by paragraph, words by {@link Words#of(String)},
 * syllables by {@link Syllables#count(String)}. The Flesch formulas are:
 * <pre>
 * reading ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words, clamped to 0..100
 * grade level  = 0.39 * words / sentences + 11.8 * syllables / words - 15.59,    at least 0
 * </pre>
 * A text without words has 0 sentences, words and syllables, and an ease and a grade of 0.
 *
 * <p>The checks, where a share is of the sentences (boundaries inclusive as written):
 * <table>
 *   <caption>Checks and their scores</caption>
 *   <tr><th>id</th><th>measure</th><th>3 (bad)</th><th>6 (fine)</th><th>9 (good)</th></tr>
 *   <tr><td>{@value #SENTENCE_LENGTH}</td><td>share of sentences of more than 20 words</td>
 *       <td>over 30%</td><td>over 25%, up to 30%</td><td>up to 25%</td></tr>
 *   <tr><td>{@value #PARAGRAPH_LENGTH}</td><td>words in the longest paragraph</td>
 *       <td>over 200</td><td>over 150, up to 200</td><td>up to 150</td></tr>
 *   <tr><td>{@value #SUBHEADINGS}</td><td>words in the longest section: the text before the first
 *       heading, or between two headings, or after the last; without any heading a text of over
 *       300 words scores 2</td><td>over 350</td><td>over 300, up to 350</td><td>up to 300</td></tr>
 *   <tr><td>{@value #PASSIVE_VOICE}</td><td>share of sentences in the passive voice, as
 *       {@code PassiveVoice} tells</td><td>over 15%</td><td>over 10%, up to 15%</td>
 *       <td>up to 10%</td></tr>
 *   <tr><td>{@value #TRANSITION_WORDS}</td><td>share of sentences with a transition word or phrase,
 *       as {@code TransitionWords} tells; only for texts of 200 words or more</td><td>under 20%</td>
 *       <td>20% or more, under 30%</td><td>30% or more</td></tr>
 *   <tr><td>{@value #CONSECUTIVE_SENTENCES}</td><td>the longest run of consecutive sentences, across
 *       paragraphs, whose first words are the same ignoring case</td><td>3 or more</td><td></td>
 *       <td>fewer than 3</td></tr>
 * </table>
 * The checks on a share of sentences need at least one sentence; the others are always made, so a
 * text without words gets {@value #PARAGRAPH_LENGTH}, {@value #SUBHEADINGS} and
 * {@value #CONSECUTIVE_SENTENCES}, all good. Each check's message says what was found and, unless it
 * is good, what to change. The checks are ordered worst (lowest score) first, ties by id, and add up
 * to the {@link ReadabilityReport.TrafficLight#of(java.util.Collection) traffic light}.
 *
 * <pre>{@code
 * ReadabilityReport report = ReadabilityAnalysis.analyze(Document.parse("""
 *         # Cats
 *
 *         The cat sat on the mat. The dog ran.
 *         """));
 * report.sentences();           // 2
 * report.words();               // 9 (the heading is not counted)
 * report.fleschReadingEase();   // 100.0 (117.67 clamped)
 * report.verdict();             // "green"
 * }</pre>
 *
 * Thread-safe: the analysis keeps no state.
 */
public final class ReadabilityAnalysis {

    /** Check id: share of long sentences. */
    public static final String SENTENCE_LENGTH = "readability.sentence-length";
    /** Check id: length of the longest paragraph. */
    public static final String PARAGRAPH_LENGTH = "readability.paragraph-length";
    /** Check id: length of the longest section without a subheading. */
    public static final String SUBHEADINGS = "readability.subheadings";
    /** Check id: share of sentences in the passive voice. */
    public static final String PASSIVE_VOICE = "readability.passive-voice";
    /** Check id: share of sentences with a transition word. */
    public static final String TRANSITION_WORDS = "readability.transition-words";
    /** Check id: consecutive sentences starting with the same word. */
    public static final String CONSECUTIVE_SENTENCES = "readability.consecutive-sentences";

    private static final int BAD = 3;
    private static final int OK = 6;
    private static final int GOOD = 9;
    private static final int NO_SUBHEADINGS = 2;

    private static final int LONG_SENTENCE_WORDS = 20;
    private static final int LONG_SENTENCES_OK_PERCENT = 25;
    private static final int LONG_SENTENCES_BAD_PERCENT = 30;
    private static final int PARAGRAPH_OK_WORDS = 150;
    private static final int PARAGRAPH_BAD_WORDS = 200;
    private static final int SECTION_OK_WORDS = 300;
    private static final int SECTION_BAD_WORDS = 350;
    private static final int PASSIVE_OK_PERCENT = 10;
    private static final int PASSIVE_BAD_PERCENT = 15;
    private static final int TRANSITION_MIN_TEXT_WORDS = 200;
    private static final int TRANSITION_BAD_PERCENT = 20;
    private static final int TRANSITION_GOOD_PERCENT = 30;
    private static final int CONSECUTIVE_BAD_RUN = 3;

    private ReadabilityAnalysis() {
    }

    /**
     * Analyses a document's readability.
     *
     * @param document the document; only its paragraphs and the places of its headings are read
     * @return the report
     */
    public static ReadabilityReport analyze(Document document) {
        Objects.requireNonNull(document, "document");
        List<Sentence> sentences = new ArrayList<>();
        List<Integer> sectionWords = new ArrayList<>(List.of(0));
        int longestParagraph = 0;
        int syllables = 0;
        Map<String, Integer> syllablesOf = new HashMap<>();
        for (Document.Block block : document.blocks()) {
            if (block.kind() == Document.Block.Kind.HEADING) {
                sectionWords.add(0);
                continue;
            }
            int paragraphWords = 0;
            for (String text : block.sentences()) {
                Sentence sentence = Sentence.of(Words.of(text));
                sentences.add(sentence);
                paragraphWords += sentence.words().size();
                for (String word : sentence.words()) {
                    syllables += syllablesOf.computeIfAbsent(word, Syllables::count);
                }
            }
            longestParagraph = Math.max(longestParagraph, paragraphWords);
            int last = sectionWords.size() - 1;
            sectionWords.set(last, sectionWords.get(last) + paragraphWords);
        }
        int words = sectionWords.stream().mapToInt(Integer::intValue).sum();

        List<Check> checks = new ArrayList<>();
        if (!sentences.isEmpty()) {
            checks.add(sentenceLength(sentences));
            checks.add(passiveVoice(sentences));
        }
        if (words >= TRANSITION_MIN_TEXT_WORDS) {
            checks.add(transitionWords(sentences));
        }
        checks.add(paragraphLength(longestParagraph));
        checks.add(subheadings(words, document.headings().isEmpty(),
                sectionWords.stream().mapToInt(Integer::intValue).max().orElseThrow()));
        checks.add(consecutiveSentences(sentences));
        checks.sort(Comparator.comparingInt(Check::score).thenComparing(Check::id));

        return new ReadabilityReport(sentences.size(), words, syllables,
                Flesch.readingEase(sentences.size(), words, syllables),
                Flesch.kincaidGrade(sentences.size(), words, syllables),
                checks, ReadabilityReport.TrafficLight.of(checks));
    }

    private static Check sentenceLength(List<Sentence> sentences) {
        int total = sentences.size();
        int longOnes = (int) sentences.stream().filter(s -> s.words().size() > LONG_SENTENCE_WORDS).count();
        String found = percent(longOnes, total) + " of sentences (" + longOnes + " of " + total
                + ") have more than " + LONG_SENTENCE_WORDS + " words";
        if (longOnes * 100 <= LONG_SENTENCES_OK_PERCENT * total) {
            return new Check(SENTENCE_LENGTH, GOOD, found + ", within the " + LONG_SENTENCES_OK_PERCENT + "% limit.");
        }
        int score = longOnes * 100 > LONG_SENTENCES_BAD_PERCENT * total ? BAD : OK;
        return new Check(SENTENCE_LENGTH, score,
                found + "; aim for at most " + LONG_SENTENCES_OK_PERCENT + "%: shorten or split them.");
    }

    private static Check paragraphLength(int longestParagraph) {
        if (longestParagraph <= PARAGRAPH_OK_WORDS) {
            return new Check(PARAGRAPH_LENGTH, GOOD, "No paragraph is longer than " + PARAGRAPH_OK_WORDS + " words.");
        }
        int score = longestParagraph > PARAGRAPH_BAD_WORDS ? BAD : OK;
        return new Check(PARAGRAPH_LENGTH, score, "The longest paragraph has " + longestParagraph
                + " words; keep paragraphs to at most " + PARAGRAPH_OK_WORDS + " words: split it.");
    }

    private static Check subheadings(int words, boolean noHeadings, int longestSection) {
        if (noHeadings) {
            return words > SECTION_OK_WORDS
                    ? new Check(SUBHEADINGS, NO_SUBHEADINGS, "The text has " + words
                            + " words and no subheadings; add subheadings, at least one every "
                            + SECTION_OK_WORDS + " words.")
                    : new Check(SUBHEADINGS, GOOD, "The text is short enough not to need subheadings.");
        }
        if (longestSection <= SECTION_OK_WORDS) {
            return new Check(SUBHEADINGS, GOOD,
                    "Subheadings are well spread: no section is longer than " + SECTION_OK_WORDS + " words.");
        }
        int score = longestSection > SECTION_BAD_WORDS ? BAD : OK;
        return new Check(SUBHEADINGS, score, "The longest section has " + longestSection
                + " words without a subheading; keep sections to at most " + SECTION_OK_WORDS
                + " words: add a subheading.");
    }

    private static Check passiveVoice(List<Sentence> sentences) {
        int total = sentences.size();
        int passive = (int) sentences.stream().filter(Sentence::passive).count();
        String found = percent(passive, total) + " of sentences (" + passive + " of " + total
                + ") are in the passive voice";
        if (passive * 100 <= PASSIVE_OK_PERCENT * total) {
            return new Check(PASSIVE_VOICE, GOOD, found + ", within the " + PASSIVE_OK_PERCENT + "% limit.");
        }
        int score = passive * 100 > PASSIVE_BAD_PERCENT * total ? BAD : OK;
        return new Check(PASSIVE_VOICE, score, found + "; aim for at most " + PASSIVE_OK_PERCENT
                + "%: rewrite them to say who does what.");
    }

    private static Check transitionWords(List<Sentence> sentences) {
        int total = sentences.size();
        int linked = (int) sentences.stream().filter(Sentence::transition).count();
        String found = percent(linked, total) + " of sentences (" + linked + " of " + total
                + ") contain a transition word or phrase";
        if (linked * 100 >= TRANSITION_GOOD_PERCENT * total) {
            return new Check(TRANSITION_WORDS, GOOD, found + ", at least the " + TRANSITION_GOOD_PERCENT + "% to aim for.");
        }
        int score = linked * 100 < TRANSITION_BAD_PERCENT * total ? BAD : OK;
        return new Check(TRANSITION_WORDS, score, found + "; aim for at least " + TRANSITION_GOOD_PERCENT
                + "%: link sentences with words such as \"however\", \"because\" or \"for example\".");
    }

    private static Check consecutiveSentences(List<Sentence> sentences) {
        int longestRun = 0;
        String runWord = "";
        int run = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String first = sentences.get(i).firstWord();
            run = i > 0 && first.equals(sentences.get(i - 1).firstWord()) ? run + 1 : 1;
            if (run > longestRun) {
                longestRun = run;
                runWord = first;
            }
        }
        if (longestRun < CONSECUTIVE_BAD_RUN) {
            return new Check(CONSECUTIVE_SENTENCES, GOOD,
                    "No " + CONSECUTIVE_BAD_RUN + " consecutive sentences start with the same word.");
        }
        return new Check(CONSECUTIVE_SENTENCES, BAD, longestRun + " consecutive sentences start with \""
                + runWord + "\"; vary how your sentences begin.");
    }

    /** A share in percent, whole when it is whole, else to one decimal: "25%", "33.3%". */
    private static String percent(int part, int whole) {
        if (part * 100 % whole == 0) {
            return part * 100 / whole + "%";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /**
     * A sentence as the checks read it.
     *
     * @param words      its words, as written
     * @param firstWord  its first word in lower case
     * @param passive    whether it is in the passive voice
     * @param transition whether it contains a transition word or phrase
     */
    private record Sentence(List<String> words, String firstWord, boolean passive, boolean transition) {

        static Sentence of(List<String> words) {
            List<String> lower = words.stream()
                    .map(word -> word.toLowerCase(Locale.ROOT).replace('’', '\''))
                    .toList();
            return new Sentence(words, lower.get(0), PassiveVoice.isPassive(lower), TransitionWords.appearIn(lower));
        }
    }
}
