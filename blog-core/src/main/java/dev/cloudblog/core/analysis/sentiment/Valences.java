package dev.cloudblog.core.analysis.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * VADER's word-order rules: the valence of each token of a text, as the reference's
 * {@code polarity_scores} computes its {@code sentiments} list before scoring. A token outside the
 * lexicon, a booster, or the "kind" of "kind of" is 0. A lexicon token starts at its lexicon valence
 * and is then adjusted by, in this order: "no" before another lexicon word (the "no" counts 0 and
 * negates what follows); ALL CAPS emphasis; for each of the three tokens before it that is not
 * itself a lexicon word, booster or dampener scalars (damped by distance: 1, 0.95, 0.9), negation
 * ("never so"/"never this" amplify instead, "without doubt" is left alone), and, three back, special
 * idioms and the "kind of"/"sort of" bigrams; and finally "least" ("at least" and "very least" do not
 * negate). Last, the first "but" halves everything before it and multiplies everything after it by
 * 1.5. Immutable and thread-safe.
 */
final class Valences {

    /** The valence an ALL CAPS word gains, empirically derived. */
    static final double C_INCR = 0.733;

    /** The factor a negation applies. */
    static final double N_SCALAR = -0.74;

    private final Lexicon lexicon;

    Valences(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The valence of every token of a text, in token order. */
    double[] of(SentiText text) {
        double[] sentiments = new double[text.size()];
        for (int i = 0; i < text.size(); i++) {
            String item = text.lower(i);
            boolean modifier = Vocabulary.BOOSTERS.containsKey(item)
                    || (i < text.size() - 1 && item.equals("kind") && text.lower(i + 1).equals("of"));
            sentiments[i] = modifier || !lexicon.contains(item) ? 0.0 : valence(text, i);
        }
        butCheck(text, sentiments);
        return sentiments;
    }

    private double valence(SentiText text, int i) {
        String item = text.lower(i);
        double valence = lexicon.valence(item);
        if (item.equals("no") && i != text.size() - 1 && lexicon.contains(text.lower(i + 1))) {
            valence = 0.0;
        }
        if ((i > 0 && text.lower(i - 1).equals("no"))
                || (i > 1 && text.lower(i - 2).equals("no"))
                || (i > 2 && text.lower(i - 3).equals("no") && isOneOf(text.lower(i - 1), "or", "nor"))) {
            valence = lexicon.valence(item) * N_SCALAR;
        }
        if (text.isAllCaps(i) && text.capDifferential()) {
            valence = valence > 0 ? valence + C_INCR : valence - C_INCR;
        }
        for (int startI = 0; startI < 3; startI++) {
            int before = i - (startI + 1);
            if (i > startI && !lexicon.contains(text.lower(before))) {
                double s = scalar(text, before, valence);
                if (startI == 1 && s != 0) {
                    s = s * 0.95;
                }
                if (startI == 2 && s != 0) {
                    s = s * 0.9;
                }
                valence = valence + s;
                valence = negationCheck(valence, text, startI, i);
                if (startI == 2) {
                    valence = specialIdiomsCheck(valence, text, i);
                }
            }
        }
        return leastCheck(valence, text, i);
    }

    /** The reference's {@code scalar_inc_dec}: what a booster or dampener before a word adds. */
    private static double scalar(SentiText text, int at, double valence) {
        Double booster = Vocabulary.BOOSTERS.get(text.lower(at));
        if (booster == null) {
            return 0.0;
        }
        double scalar = booster;
        if (valence < 0) {
            scalar *= -1;
        }
        if (text.isAllCaps(at) && text.capDifferential()) {
            scalar = valence > 0 ? scalar + C_INCR : scalar - C_INCR;
        }
        return scalar;
    }

    private static double negationCheck(double valence, SentiText text, int startI, int i) {
        if (startI == 0 && Vocabulary.negates(text.lower(i - 1))) {
            return valence * N_SCALAR;
        }
        if (startI == 1) {
            if (text.lower(i - 2).equals("never") && isOneOf(text.lower(i - 1), "so", "this")) {
                return valence * 1.25;
            }
            if (text.lower(i - 2).equals("without") && text.lower(i - 1).equals("doubt")) {
                return valence;
            }
            if (Vocabulary.negates(text.lower(i - 2))) {
                return valence * N_SCALAR;
            }
        }
        if (startI == 2) {
            // As in the reference, "so" or "this" right before the word amplifies even without "never".
            if ((text.lower(i - 3).equals("never") && isOneOf(text.lower(i - 2), "so", "this"))
                    || isOneOf(text.lower(i - 1), "so", "this")) {
                return valence * 1.25;
            }
            if (text.lower(i - 3).equals("without")
                    && (text.lower(i - 2).equals("doubt") || text.lower(i - 1).equals("doubt"))) {
                return valence;
            }
            if (Vocabulary.negates(text.lower(i - 3))) {
                return valence * N_SCALAR;
            }
        }
        return valence;
    }

    /** Called only with {@code i >= 3}. */
    private static double specialIdiomsCheck(double valence, SentiText text, int i) {
        String zero = text.lower(i);
        String one = text.lower(i - 1);
        String two = text.lower(i - 2);
        String three = text.lower(i - 3);
        String twoOne = two + " " + one;
        String threeTwoOne = three + " " + twoOne;
        String threeTwo = three + " " + two;
        for (String sequence : new String[] {one + " " + zero, twoOne + " " + zero, twoOne, threeTwoOne, threeTwo}) {
            Double special = Vocabulary.SPECIAL_CASES.get(sequence);
            if (special != null) {
                valence = special;
                break;
            }
        }
        if (text.size() - 1 > i) {
            String zeroOne = zero + " " + text.lower(i + 1);
            valence = Vocabulary.SPECIAL_CASES.getOrDefault(zeroOne, valence);
            if (text.size() - 1 > i + 1) {
                valence = Vocabulary.SPECIAL_CASES.getOrDefault(zeroOne + " " + text.lower(i + 2), valence);
            }
        }
        for (String nGram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double booster = Vocabulary.BOOSTERS.get(nGram);
            if (booster != null) {
                valence = valence + booster;
            }
        }
        return valence;
    }

    private double leastCheck(double valence, SentiText text, int i) {
        if (i > 0 && text.lower(i - 1).equals("least") && !lexicon.contains("least")) {
            if (i == 1 || !isOneOf(text.lower(i - 2), "at", "very")) {
                return valence * N_SCALAR;
            }
        }
        return valence;
    }

    /**
     * The reference's {@code _but_check}, including its quirk: it walks the list and, for each
     * value, rescales the <em>first</em> position holding an equal value (Python's
     * {@code list.index}), which is not always the position being walked when two tokens share a
     * valence. Positions are indexed by value so that a long text stays O(n log n).
     */
    private static void butCheck(SentiText text, double[] sentiments) {
        int but = -1;
        for (int i = 0; i < text.size() && but < 0; i++) {
            if (text.lower(i).equals("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        Map<Double, TreeSet<Integer>> positions = new HashMap<>();
        for (int k = 0; k < sentiments.length; k++) {
            double value = sentiments[k];
            TreeSet<Integer> same = positions.computeIfAbsent(key(value), v -> new TreeSet<>());
            same.add(k);
            int first = same.first();
            if (first == but) {
                continue;
            }
            double scaled = first < but ? value * 0.5 : value * 1.5;
            same.remove(first);
            sentiments[first] = scaled;
            positions.computeIfAbsent(key(scaled), v -> new TreeSet<>()).add(first);
        }
    }

    /** A map key under Python's float equality, where {@code -0.0 == 0.0}. */
    private static Double key(double value) {
        return value == 0.0 ? 0.0 : value;
    }

    private static boolean isOneOf(String token, String a, String b) {
        return token.equals(a) || token.equals(b);
    }
}
