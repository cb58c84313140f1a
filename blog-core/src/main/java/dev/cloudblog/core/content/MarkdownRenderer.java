package dev.cloudblog.core.content;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown to HTML that is safe to embed in a page, along with its plain text.
 *
 * <p>The Markdown is CommonMark with the GitHub tables and strikethrough extensions. Raw HTML in it
 * is passed through to a sanitizer, which keeps only the elements and attributes of jsoup's
 * {@link Safelist#relaxed() relaxed} safelist plus {@code del}, {@code s}, {@code hr}, the
 * {@code align} of table cells and a {@code language-*} class on {@code code}. In particular:
 * <ul>
 *   <li>no {@code script}, {@code style}, {@code iframe}, {@code object}, {@code embed},
 *       {@code form}, {@code svg}, {@code math} or other active element survives (the text inside
 *       an unknown element does; script and style content does not);
 *   <li>no {@code style} attribute and no event handler ({@code on*}) survives;
 *   <li>links keep an {@code href} only with an {@code http}, {@code https} or {@code mailto}
 *       scheme, or relative; images keep a {@code src} only with {@code http} or {@code https}, or
 *       relative, so never {@code javascript:}, {@code vbscript:} or {@code data:} URLs, however
 *       they are cased, entity-encoded or split by control characters;
 *   <li>every link gets {@code rel="nofollow noopener noreferrer"}.
 * </ul>
 *
 * <pre>{@code
 * MarkdownRenderer renderer = new MarkdownRenderer();
 * RenderedBody body = renderer.render("# Hi\n\nSee [docs](https://example.org)<script>x()</script>");
 * body.html();       // <h1>Hi</h1>
 *                    // <p>See <a href="https://example.org" rel="nofollow noopener noreferrer">docs</a></p>
 * body.plainText();  // "Hi See docs"
 * body.wordCount();  // 3
 * }</pre>
 *
 * <p>Build one and share it: it is immutable and thread-safe.
 */
public final class MarkdownRenderer {

    /**
     * The base against which relative URLs are resolved to check their scheme; they are kept
     * relative in the output. The {@code .invalid} domain never resolves.
     */
    private static final String BASE_URI = "https://cloudblog.invalid/";

    private static final String LINK_REL = "nofollow noopener noreferrer";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]+");
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}\\p{N}]+)*");

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final Cleaner cleaner;

    /** A renderer with the extensions and the safelist described above. */
    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.htmlRenderer = HtmlRenderer.builder().extensions(extensions).build();
        this.cleaner = new Cleaner(safelist());
    }

    /**
     * Renders {@code markdown}.
     *
     * <pre>{@code
     * renderer.render("[x](javascript:alert(1)) <img src=x onerror=alert(1)>").html();
     * // <p><a rel="nofollow noopener noreferrer">x</a> <img src="x"></p>
     * }</pre>
     *
     * @return the sanitized HTML (not pretty-printed), its visible text and its word count; a
     *     word is a run of letters, digits and combining marks that starts with a letter or
     *     digit, and may hold apostrophes between them ({@code don't} is one word)
     */
    public RenderedBody render(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        String unsafeHtml = htmlRenderer.render(parser.parse(markdown));
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(unsafeHtml, BASE_URI));
        clean.outputSettings().prettyPrint(false);
        for (Element code : clean.select("code[class]")) {
            if (!LANGUAGE_CLASS.matcher(code.className()).matches()) {
                code.removeAttr("class");
            }
        }
        // text() keeps the line breaks of <pre> blocks; plain text has none.
        String plainText = WHITESPACE.matcher(clean.body().text()).replaceAll(" ").strip();
        return new RenderedBody(clean.body().html(), plainText, countWords(plainText));
    }

    private static int countWords(String text) {
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }

    private static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("del", "s", "hr")
                .addAttributes("code", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .removeProtocols("a", "href", "ftp")
                .addEnforcedAttribute("a", "rel", LINK_REL)
                .preserveRelativeLinks(true);
    }
}
