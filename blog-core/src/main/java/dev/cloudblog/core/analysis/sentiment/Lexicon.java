package dev.cloudblog.core.analysis.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A VADER sentiment lexicon: token to mean valence. The file format is one entry a line,
 * {@code token<TAB>mean<TAB>standard deviation<TAB>raw ratings}; only the first two fields are
 * read, blank lines are skipped and, as in the reference implementation, a token listed twice
 * takes its later valence. Tokens are kept as written; lookups are by the lower-cased token.
 * Immutable and thread-safe.
 */
final class Lexicon {

    /** The bundled lexicon's resource name, next to this class. */
    static final String BUNDLED = "vader_lexicon.txt";

    private final Map<String, Double> valences;

    private Lexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /**
     * Reads the lexicon bundled with this package, {@value #BUNDLED}.
     *
     * @throws IllegalStateException if the resource is missing or malformed
     * @throws UncheckedIOException  if it cannot be read
     */
    static Lexicon bundled() {
        InputStream in = Lexicon.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("the VADER lexicon resource " + BUNDLED + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the VADER lexicon " + BUNDLED, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the VADER lexicon " + BUNDLED + " is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a lexicon in VADER's format, such as {@code "good\t1.9\t0.9434\t[2, 1, ...]"}.
     *
     * @throws IllegalArgumentException naming the line, if a non-blank line lacks a tab or a
     *                                  numeric mean
     */
    static Lexicon read(BufferedReader reader) throws IOException {
        Map<String, Double> valences = new HashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.strip().split("\t", 3);
            if (fields.length < 2) {
                throw new IllegalArgumentException("line " + number + " has no tab-separated mean: " + line);
            }
            try {
                valences.put(fields[0], Double.parseDouble(fields[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + number + " has a mean that is not a number: " + line, e);
            }
        }
        return new Lexicon(valences);
    }

    /** Whether the lexicon lists the token, as written (callers pass it lower-cased). */
    boolean contains(String token) {
        return valences.containsKey(token);
    }

    /**
     * The mean valence of a listed token, -4 to +4.
     *
     * @throws IllegalArgumentException if the token is not listed
     */
    double valence(String token) {
        Double valence = valences.get(token);
        if (valence == null) {
            throw new IllegalArgumentException("not in the lexicon: " + token);
        }
        return valence;
    }

    /** The number of distinct tokens. */
    int size() {
        return valences.size();
    }
}
