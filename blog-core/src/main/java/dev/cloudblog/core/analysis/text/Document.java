package dev.cloudblog.core.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The prose of a Markdown body, as analyses read it: headings and paragraphs in order (list items
 * and quotes count as paragraphs; code and raw HTML are not prose and are left out), with the
 * links and images found anywhere.
 *
 * <pre>{@code
 * Document doc = Document.parse("# Title\n\nSome [link](https://example.org) text.");
 * doc.blocks();   // [HEADING(1) "Title", PARAGRAPH "Some link text."]
 * }</pre>
 *
 * @param blocks the headings and paragraphs, in document order
 * @param links  every link, in document order
 * @param images every image, in document order
 */
public record Document(List<Block> blocks, List<DocLink> links, List<DocImage> images) {

    private static final Parser PARSER = Parser.builder().build();

    public Document {
        blocks = List.copyOf(blocks);
        links = List.copyOf(links);
        images = List.copyOf(images);
    }

    /** Reads a Markdown body. Thread-safe. */
    public static Document parse(String markdown) {
        Collector collector = new Collector();
        PARSER.parse(Objects.requireNonNull(markdown, "markdown")).accept(collector);
        return new Document(collector.blocks, collector.links, collector.images);
    }

    /** The paragraphs only. */
    public List<Block> paragraphs() {
        return blocks.stream().filter(block -> block.kind() == Block.Kind.PARAGRAPH).toList();
    }

    /** The headings only. */
    public List<Block> headings() {
        return blocks.stream().filter(block -> block.kind() == Block.Kind.HEADING).toList();
    }

    /** The text of every paragraph, joined by blank lines; headings excluded. */
    public String bodyText() {
        return paragraphs().stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /**
     * A heading or a paragraph.
     *
     * @param kind      which
     * @param level     the heading level 1 to 6, or 0 for a paragraph
     * @param text      its plain text, whitespace collapsed
     * @param sentences a paragraph's sentences ({@link Sentences#split}); none for a heading
     */
    public record Block(Kind kind, int level, String text, List<String> sentences) {

        public Block {
            sentences = List.copyOf(sentences);
        }

        /** A block whose sentences are split from its text, once. */
        public Block(Kind kind, int level, String text) {
            this(kind, level, text, kind == Kind.PARAGRAPH ? Sentences.split(text) : List.of());
        }

        /** Whether a block is a heading or a paragraph. */
        public enum Kind {
            HEADING,
            PARAGRAPH
        }
    }

    /**
     * A link.
     *
     * @param destination the URL as written
     * @param text        its text
     */
    public record DocLink(String destination, String text) {
    }

    /**
     * An image.
     *
     * @param source the URL as written
     * @param alt    its alternative text, empty when it has none
     */
    public record DocImage(String source, String alt) {
    }

    private static final class Collector extends AbstractVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final List<DocLink> links = new ArrayList<>();
        private final List<DocImage> images = new ArrayList<>();

        @Override
        public void visit(Heading heading) {
            add(Block.Kind.HEADING, heading.getLevel(), heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            add(Block.Kind.PARAGRAPH, 0, paragraph);
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            // Code is not prose.
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            // Code is not prose.
        }

        @Override
        public void visit(HtmlBlock html) {
            // Raw HTML is not prose.
        }

        private void add(Block.Kind kind, int level, Node node) {
            StringBuilder text = new StringBuilder();
            collectText(node, text);
            String collapsed = text.toString().replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                blocks.add(new Block(kind, level, collapsed));
            }
        }

        private void collectText(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text literal) {
                    text.append(literal.getLiteral());
                } else if (child instanceof Code code) {
                    text.append(code.getLiteral());
                } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    text.append(' ');
                } else if (child instanceof Link link) {
                    StringBuilder linkText = new StringBuilder();
                    collectText(link, linkText);
                    links.add(new DocLink(link.getDestination(), linkText.toString().strip()));
                    text.append(linkText);
                } else if (child instanceof Image image) {
                    StringBuilder alt = new StringBuilder();
                    collectText(image, alt);
                    images.add(new DocImage(image.getDestination(), alt.toString().strip()));
                } else if (!(child instanceof HtmlInline)) {
                    collectText(child, text);
                }
            }
        }
    }
}
