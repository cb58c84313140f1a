package dev.cloudblog.core.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes URL names ("slugs") from free text: lower-case ASCII letters and digits in runs joined by
 * single hyphens, at most {@value #MAX_LENGTH} characters.
 *
 * <pre>{@code
 * Slugifier.slugify("Crème Brûlée à la carte!");   // "creme-brulee-a-la-carte"
 * Slugifier.withSuffix("creme-brulee", 2);         // "creme-brulee-2"
 * Slugifier.isValid("creme-brulee");               // true
 * }</pre>
 */
public final class Slugifier {

    /** The maximum length of a slug, suffix included. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    /** Lower-case letters that have no ASCII decomposition, spelled as they usually are in ASCII. */
    private static final Map<Integer, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'ŋ', "ng"),
            Map.entry((int) 'ĸ', "k"),
            Map.entry((int) 'ƒ', "f"),
            Map.entry((int) 'ə', "e"));

    private Slugifier() {}

    /**
     * Returns the slug of {@code text}. Letters are folded to lower-case ASCII: accents and other
     * combining marks are dropped after NFKD decomposition ({@code é} becomes {@code e}, {@code ﬁ}
     * becomes {@code fi}) and letters that do not decompose are transliterated ({@code ß} becomes
     * {@code ss}, {@code æ} {@code ae}, {@code ø} {@code o}, {@code œ} {@code oe}, {@code ł}
     * {@code l}, {@code đ} and {@code ð} {@code d}, {@code þ} {@code th}, {@code ı} {@code i}, and
     * a few more). Every run of other characters becomes one {@code -}, and none is left at either
     * end. A result longer than {@value #MAX_LENGTH} characters is cut after the last whole word
     * that fits, or hard at {@value #MAX_LENGTH} when its first word alone is longer.
     *
     * <pre>{@code
     * Slugifier.slugify("Straße & Ärger");   // "strasse-arger"
     * Slugifier.slugify("C++ in 2024");      // "c-in-2024"
     * Slugifier.slugify("東京");             // "" (nothing to keep)
     * }</pre>
     *
     * @return a slug for which {@link #isValid} holds, or {@code ""} when {@code text} has no
     *     letter or digit that folds to ASCII; callers then need a fallback
     */
    public static String slugify(String text) {
        Objects.requireNonNull(text, "text");
        String folded = COMBINING_MARKS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean separate = false;
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            String ascii = isSlugChar(codePoint) ? Character.toString(codePoint) : TRANSLITERATIONS.get(codePoint);
            if (ascii == null) {
                separate = true;
                continue;
            }
            if (separate && slug.length() > 0) {
                slug.append('-');
            }
            separate = false;
            slug.append(ascii);
        }
        return truncate(slug.toString(), MAX_LENGTH);
    }

    /**
     * Returns {@code slug} numbered to tell it apart from an earlier post with the same slug:
     * {@code slug + "-" + n}, with {@code slug} cut at a word boundary (as {@link #slugify} cuts)
     * where needed to keep the result within {@value #MAX_LENGTH} characters.
     *
     * <pre>{@code
     * Slugifier.withSuffix("hello-world", 2);   // "hello-world-2"
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code slug} is not {@linkplain #isValid valid} or
     *     {@code n < 2}
     */
    public static String withSuffix(String slug, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be at least 2 but was " + n);
        }
        return withSuffix(slug, Integer.toString(n));
    }

    /**
     * Returns {@code slug + "-" + suffix}, with {@code slug} cut as {@link #withSuffix(String, int)}
     * cuts it.
     *
     * @throws IllegalArgumentException if {@code slug} or {@code suffix} is not {@linkplain #isValid valid},
     *     or the suffix leaves no room for the slug
     */
    public static String withSuffix(String slug, String suffix) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("slug must be valid but was '" + slug + "'");
        }
        if (!isValid(suffix) || suffix.length() > MAX_LENGTH / 2) {
            throw new IllegalArgumentException("suffix must be a valid slug of at most " + MAX_LENGTH / 2
                    + " characters but was '" + suffix + "'");
        }
        return truncate(slug, MAX_LENGTH - suffix.length() - 1) + "-" + suffix;
    }

    /**
     * Whether {@code slug} is a slug: one or more runs of {@code [a-z0-9]} joined by single
     * hyphens, at most {@value #MAX_LENGTH} characters in all. Every non-empty result of
     * {@link #slugify} and every result of {@link #withSuffix} is valid.
     */
    public static boolean isValid(String slug) {
        Objects.requireNonNull(slug, "slug");
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static boolean isSlugChar(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9');
    }

    /** Cuts a valid slug (or "") to at most {@code max} characters, after a whole word if one fits. */
    private static String truncate(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', max);
        return slug.substring(0, hyphen > 0 ? hyphen : max);
    }
}
