/**
 * The default analyzer, {@code rules}: readability, SEO and sentiment scores computed from the
 * text, with a language guess that keeps English-only checks off other languages.
 */
package dev.cloudblog.core.analysis;
