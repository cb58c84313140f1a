package dev.cloudblog.core.analysis.seo;

import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.core.analysis.text.Document;
import dev.cloudblog.core.analysis.text.Words;
import java.util.List;
import java.util.Optional;

/** The checks that apply whether or not a focus keyphrase is set. */
final class PageChecks {

    private PageChecks() {
    }

    /**
     * {@code seo.meta-description-length}, in characters (code points) after trimming: 121 to 156
     * scores 9, shorter or longer 6, none 1.
     *
     * <pre>{@code
     * // a 140-character description: 9; a 60-character one: 6; none: 1
     * }</pre>
     */
    static Check metaDescriptionLength(String metaDescription) {
        if (metaDescription == null) {
            return new Check("seo.meta-description-length", 1,
                    "There is no meta description: write one of 121 to 156 characters, or search engines pick a snippet.");
        }
        String text = metaDescription.strip();
        int length = text.codePointCount(0, text.length());
        String found = "The meta description has " + Quantity.of(length, "character");
        if (length < 121) {
            return new Check("seo.meta-description-length", 6,
                    found + ", under 121: use the space available, up to 156 characters.");
        }
        if (length <= 156) {
            return new Check("seo.meta-description-length", 9, found + ". Good.");
        }
        return new Check("seo.meta-description-length", 6,
                found + ", over 156: shorten it, or search engines cut it off.");
    }

    /**
     * {@code seo.text-length}, in words of the paragraphs, headings excluded: 300 or more scores
     * 9, 250 to 299 scores 6, 200 to 249 scores 3, 100 to 199 scores -10, fewer -20.
     *
     * <pre>{@code
     * // 320 words: 9; 260: 6; 210: 3; 150: -10; 40: -20
     * }</pre>
     */
    static Check textLength(Document document) {
        int words = Words.count(document.bodyText());
        String found = "The text has " + Quantity.of(words, "word");
        if (words >= 300) {
            return new Check("seo.text-length", 9, found + ". Good.");
        }
        int score = words >= 250 ? 6 : words >= 200 ? 3 : words >= 100 ? -10 : -20;
        return new Check("seo.text-length", score, found + ", under 300: add content until it has at least 300.");
    }

    /**
     * {@code seo.internal-links}: at least one {@linkplain LinkKind#INTERNAL internal} link scores
     * 9, none 3.
     *
     * <pre>{@code
     * // "[our guide](/guides/bikes)": 9
     * }</pre>
     */
    static Check internalLinks(Document document, String siteHost) {
        long links = count(document, siteHost, LinkKind.INTERNAL);
        if (links > 0) {
            return new Check("seo.internal-links", 9, "The text has " + Quantity.of(links, "internal link") + ". Good.");
        }
        return new Check("seo.internal-links", 3,
                "The text has no internal links: link to related posts or pages of this site.");
    }

    /**
     * {@code seo.outbound-links}: at least one {@linkplain LinkKind#OUTBOUND outbound} link scores
     * 9, none 3.
     *
     * <pre>{@code
     * // "[the study](https://example.com/study)": 9
     * }</pre>
     */
    static Check outboundLinks(Document document, String siteHost) {
        long links = count(document, siteHost, LinkKind.OUTBOUND);
        if (links > 0) {
            return new Check("seo.outbound-links", 9, "The text has " + Quantity.of(links, "outbound link") + ". Good.");
        }
        return new Check("seo.outbound-links", 3,
                "The text has no outbound links: link to sources or related pages on other sites.");
    }

    /**
     * {@code seo.images}: at least one image scores 9, none 3.
     *
     * <pre>{@code
     * // "![A red bike](bike.jpg)": 9
     * }</pre>
     */
    static Check images(Document document) {
        int images = document.images().size();
        if (images > 0) {
            return new Check("seo.images", 9, "The text has " + Quantity.of(images, "image") + ". Good.");
        }
        return new Check("seo.images", 3, "The text has no images: add at least one that illustrates it.");
    }

    /**
     * {@code seo.image-alt}, when there are images: every image having alt text scores 9, some 6,
     * none 3. With a focus keyphrase, full alt text scores 9 only when at least one alt text
     * contains the keyphrase, and 6 otherwise.
     *
     * <pre>{@code
     * // keyphrase "bike shop", "![Our bike shop](a.jpg) ![Tools](b.jpg)": 9; "![](a.jpg) ![Tools](b.jpg)": 6
     * }</pre>
     *
     * @param keyphrase the focus keyphrase, or {@code null} when none is set
     */
    static Optional<Check> imageAlt(Document document, Keyphrase keyphrase) {
        List<Document.DocImage> images = document.images();
        if (images.isEmpty()) {
            return Optional.empty();
        }
        long described = images.stream().filter(image -> !image.alt().isBlank()).count();
        if (described == 0) {
            return Optional.of(new Check("seo.image-alt", 3, "No image has alt text: describe each image in its alt text."));
        }
        if (described < images.size()) {
            return Optional.of(new Check("seo.image-alt", 6, described + " of " + Quantity.of(images.size(), "image")
                    + (described == 1 ? " has" : " have") + " alt text: describe the others too."));
        }
        if (keyphrase != null && images.stream().noneMatch(image -> keyphrase.isIn(image.alt()))) {
            return Optional.of(new Check("seo.image-alt", 6,
                    "Every image has alt text, but none uses the focus keyphrase: use it where it describes an image."));
        }
        return Optional.of(new Check("seo.image-alt", 9, "Every image has alt text. Good."));
    }

    /**
     * {@code seo.single-h1}: a level-1 heading in the body scores 1, since the title already is
     * the page's H1; none scores 9.
     *
     * <pre>{@code
     * // "# Introduction\n\nText": 1; "## Introduction\n\nText": 9
     * }</pre>
     */
    static Check singleH1(Document document) {
        long h1s = document.headings().stream().filter(heading -> heading.level() == 1).count();
        if (h1s == 0) {
            return new Check("seo.single-h1", 9, "The body has no H1 of its own beside the title. Good.");
        }
        return new Check("seo.single-h1", 1, "The body has " + Quantity.of(h1s, "H1 heading")
                + ", but the title is the page's H1: make them H2 or lower.");
    }

    private static long count(Document document, String siteHost, LinkKind kind) {
        return document.links().stream().filter(link -> LinkKind.of(link.destination(), siteHost) == kind).count();
    }
}
