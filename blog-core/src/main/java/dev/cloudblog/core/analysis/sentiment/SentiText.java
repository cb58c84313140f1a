package dev.cloudblog.core.analysis.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into the tokens VADER scores, with Python's string semantics so that the port
 * tokenises exactly as the reference's {@code SentiText} does: the text is split on runs of Unicode
 * whitespace ({@code str.split()}), and each token loses its leading and trailing ASCII punctuation
 * ({@code string.punctuation}) unless that leaves two code points or fewer, in which case the token
 * is kept whole, so that emoticons survive: {@code "funny!"} becomes {@code funny} but {@code ":)"},
 * {@code ":D"} and {@code "a,"} stay as written. Single-character tokens such as {@code "a"} and
 * {@code "I"} are kept, as in vaderSentiment 3.3.x. A token is ALL CAPS under Python's
 * {@code str.isupper()}: it has a cased letter and no lower-case or title-case one ({@code "SUX"},
 * {@code ":D"}). Immutable.
 */
final class SentiText {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final List<String> lowerCase;
    private final boolean[] allCaps;
    private final boolean capDifferential;

    private SentiText(List<String> tokens) {
        this.lowerCase = new ArrayList<>(tokens.size());
        this.allCaps = new boolean[tokens.size()];
        int capsCount = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            lowerCase.add(token.toLowerCase(Locale.ROOT));
            allCaps[i] = isUpper(token);
            if (allCaps[i]) {
                capsCount++;
            }
        }
        this.capDifferential = capsCount > 0 && capsCount < tokens.size();
    }

    /** Tokenises a text; {@code "VADER is smart!"} has the tokens {@code VADER}, {@code is}, {@code smart}. */
    static SentiText of(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || isPythonWhitespace(text.charAt(i));
            if (boundary && start >= 0) {
                tokens.add(stripPunctuationIfWord(text.substring(start, i)));
                start = -1;
            } else if (!boundary && start < 0) {
                start = i;
            }
        }
        return new SentiText(tokens);
    }

    /** The number of tokens. */
    int size() {
        return lowerCase.size();
    }

    /** Token {@code i}, lower-cased. */
    String lower(int i) {
        return lowerCase.get(i);
    }

    /** Whether token {@code i} is ALL CAPS. */
    boolean isAllCaps(int i) {
        return allCaps[i];
    }

    /**
     * Whether some but not all tokens are ALL CAPS, the condition for capitals to count as
     * emphasis.
     */
    boolean capDifferential() {
        return capDifferential;
    }

    /** Python's {@code str.isspace()} for one UTF-16 unit; every such character is in the BMP. */
    private static boolean isPythonWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static String stripPunctuationIfWord(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && PUNCTUATION.indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && PUNCTUATION.indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        return token.codePointCount(from, to) <= 2 ? token : token.substring(from, to);
    }

    /** Python's {@code str.isupper()}. */
    private static boolean isUpper(String token) {
        boolean cased = false;
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
            i += Character.charCount(c);
        }
        return cased;
    }
}
