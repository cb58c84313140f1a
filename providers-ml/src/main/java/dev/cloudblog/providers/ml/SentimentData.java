package dev.cloudblog.providers.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment training data: review sentences from amazon.com, imdb.com and yelp.com, each
 * labelled {@link #NEGATIVE} or {@link #POSITIVE} (the "Sentiment Labelled Sentences" data set, see
 * {@code sentiment/ATTRIBUTION.md} next to the resource). Stateless.
 */
final class SentimentData {

    /** The label index of negative sentences. */
    static final int NEGATIVE = 0;

    /** The label index of positive sentences. */
    static final int POSITIVE = 1;

    /** The label names, by index. */
    static final List<String> LABELS = List.of("negative", "positive");

    /** The classpath resource, relative to this class. */
    static final String RESOURCE = "sentiment/train.tsv";

    private static final String HEADER = "source\tlabel\ttext";

    private SentimentData() {
    }

    /**
     * The labelled sentences of the bundled resource, in file order.
     *
     * @throws IllegalStateException if the resource is missing or malformed
     * @throws UncheckedIOException  if the resource cannot be read
     */
    static List<LabelledText> sentences() {
        try (InputStream in = SentimentData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " next to "
                        + SentimentData.class.getName() + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + RESOURCE, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Parses labelled sentences: a header line {@code source<TAB>label<TAB>text}, then one sentence
     * a line with those three fields, label 0 (negative) or 1 (positive). Lines end at {@code \n}
     * only; a final empty line is ignored.
     *
     * @param tsv  the content
     * @param name the name of the content, for error messages
     * @throws IllegalArgumentException naming the line number, if a line is malformed
     */
    static List<LabelledText> parse(String tsv, String name) {
        String[] lines = tsv.split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw malformed(name, 1, "expected the header '" + HEADER.replace("\t", "<TAB>") + "' but found '"
                    + lines[0].replace("\t", "<TAB>") + "'");
        }
        int end = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        List<LabelledText> sentences = new ArrayList<>(end);
        for (int i = 1; i < end; i++) {
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != 3) {
                throw malformed(name, i + 1, "expected 3 tab-separated fields (source, label, text) but found "
                        + fields.length);
            }
            int label = switch (fields[1]) {
                case "0" -> NEGATIVE;
                case "1" -> POSITIVE;
                default -> throw malformed(name, i + 1, "label must be 0 (negative) or 1 (positive) but is '"
                        + fields[1] + "'");
            };
            if (fields[2].isBlank()) {
                throw malformed(name, i + 1, "the text is empty");
            }
            sentences.add(new LabelledText(fields[2], label));
        }
        return List.copyOf(sentences);
    }

    private static IllegalArgumentException malformed(String name, int line, String problem) {
        return new IllegalArgumentException(name + " line " + line + ": " + problem);
    }
}
