package dev.cloudblog.providers.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the lower-case words the models read: runs of letters and digits, with inner
 * apostrophes kept ({@code don't}), everything else a separator. Markdown syntax is punctuation
 * and falls away. Stateless.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** The words of {@code text}, in order. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            boolean apostrophe = (codePoint == '\'' || codePoint == '\u2019') && word.length() > 0
                    && i + width < text.length() && Character.isLetterOrDigit(text.codePointAt(i + width));
            if (Character.isLetterOrDigit(codePoint)) {
                word.appendCodePoint(Character.toLowerCase(codePoint));
            } else if (apostrophe) {
                word.append('\'');
            } else if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            i += width;
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** {@link #tokens(String)} of the title and body of a post, as one text. */
    static List<String> tokens(String title, String body) {
        return tokens(title.toLowerCase(Locale.ROOT) + "\n" + body);
    }
}
