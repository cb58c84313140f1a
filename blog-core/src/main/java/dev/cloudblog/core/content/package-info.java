/**
 * Turning what an author writes into what a reader sees: {@link dev.cloudblog.core.content.Slugifier}
 * makes URL names from titles, {@link dev.cloudblog.core.content.MarkdownRenderer} renders Markdown
 * to sanitized HTML and its plain text, {@link dev.cloudblog.core.content.Excerpts} derives
 * excerpts and reading times from that text, and {@link dev.cloudblog.core.content.LineDiff}
 * compares two revisions of a body line by line.
 *
 * <p>Every class here is either stateless or immutable, and so thread-safe.
 */
package dev.cloudblog.core.content;
