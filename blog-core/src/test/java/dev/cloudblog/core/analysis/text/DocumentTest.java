package dev.cloudblog.core.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.core.analysis.text.Document.Block;
import dev.cloudblog.core.analysis.text.Document.DocImage;
import dev.cloudblog.core.analysis.text.Document.DocLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The prose of a Markdown body")
class DocumentTest {

    @Test
    @DisplayName("is its headings and paragraphs in order, list items and quotes as paragraphs")
    void blocks() {
        Document document = Document.parse("# Title\n\nFirst *emphatic* paragraph\nwrapped.\n\n## Part\n\n"
                + "- one item\n- two `code` item\n\n> quoted words\n");

        assertThat(document.blocks()).containsExactly(
                new Block(Block.Kind.HEADING, 1, "Title"),
                new Block(Block.Kind.PARAGRAPH, 0, "First emphatic paragraph wrapped."),
                new Block(Block.Kind.HEADING, 2, "Part"),
                new Block(Block.Kind.PARAGRAPH, 0, "one item"),
                new Block(Block.Kind.PARAGRAPH, 0, "two code item"),
                new Block(Block.Kind.PARAGRAPH, 0, "quoted words"));
        assertThat(document.headings()).hasSize(2);
        assertThat(document.bodyText()).isEqualTo("First emphatic paragraph wrapped.\n\none item\n\ntwo code item"
                + "\n\nquoted words");
    }

    @Test
    @DisplayName("leaves out code blocks and raw HTML, and collects links and images")
    void linksAndImages() {
        Document document = Document.parse("Read [the guide](/guide) and <b>bold</b> text.\n\n"
                + "```\nnot prose\n```\n\n    indented code\n\n<div>raw html</div>\n\n"
                + "![A cat](https://example.org/cat.png) ![](x.png)");

        assertThat(document.paragraphs()).extracting(Block::text).containsExactly("Read the guide and bold text.");
        assertThat(document.links()).containsExactly(new DocLink("/guide", "the guide"));
        assertThat(document.images()).containsExactly(new DocImage("https://example.org/cat.png", "A cat"),
                new DocImage("x.png", ""));
    }

    @Test
    @DisplayName("splits sentences and words as a reader would")
    void sentencesAndWords() {
        assertThat(Sentences.split("Dr. Smith paid 3.15 dollars, e.g. for tea. He left! Did he? Yes."))
                .containsExactly("Dr. Smith paid 3.15 dollars, e.g. for tea.", "He left!", "Did he?", "Yes.");
        assertThat(Words.of("Don't stop — well-known 42 words, 🎉 ok?")).containsExactly("Don't", "stop", "well-known",
                "42", "words", "ok");
        assertThat(Words.count("")).isZero();
    }
}
