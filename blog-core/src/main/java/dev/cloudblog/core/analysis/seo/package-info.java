/**
 * SEO analysis modelled on Yoast SEO's published assessments: {@link
 * dev.cloudblog.core.analysis.seo.SeoAnalysis} scores a post, described by an {@link
 * dev.cloudblog.core.analysis.seo.SeoInput}, with checks on its focus keyphrase, text length,
 * links, images and headings, and sums them up in an {@link
 * dev.cloudblog.core.analysis.seo.SeoReport}.
 *
 * <p>Keyphrase matching is English only and deliberately simple: case-insensitive, ignoring
 * function words, with a small suffix-stripping stemmer for plural, {@code -ing} and {@code -ed}
 * forms. It has no synonyms and no dictionary of irregular forms.
 *
 * <p>Every class here is either stateless or immutable, and so thread-safe.
 */
package dev.cloudblog.core.analysis.seo;
