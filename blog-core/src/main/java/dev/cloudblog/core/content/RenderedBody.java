package dev.cloudblog.core.content;

import java.util.Objects;

/**
 * A Markdown body as {@link MarkdownRenderer} renders it.
 *
 * @param html      the sanitized HTML, safe to embed in a page as it is
 * @param plainText the visible text of {@code html}, with whitespace collapsed to single spaces
 *                  and block boundaries turned into spaces
 * @param wordCount the number of words in {@code plainText}
 */
public record RenderedBody(String html, String plainText, int wordCount) {

    public RenderedBody {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plainText");
        if (wordCount < 0) {
            throw new IllegalArgumentException("wordCount must not be negative but was " + wordCount);
        }
    }
}
