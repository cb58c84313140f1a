package dev.cloudblog.core.analysis;

import dev.cloudblog.api.BlogConfigurationException;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.analysis.AnalyzerProvider;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The default analyzer, {@code rules}: readability, SEO and lexicon sentiment, computed. Setting:
 * {@code blog.site.url}, the blog's public address, tells internal links from outbound ones.
 */
public final class RulesAnalyzerProvider implements AnalyzerProvider {

    /** The name that selects this analyzer. */
    public static final String NAME = "rules";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ContentAnalyzer create(ProviderContext context) {
        String siteHost = context.config().get("blog.site.url").map(url -> {
            try {
                String host = new URI(url).getHost();
                if (host == null) {
                    throw new URISyntaxException(url, "no host");
                }
                return host;
            } catch (URISyntaxException e) {
                throw new BlogConfigurationException("blog.site.url = '" + url
                        + "': expected an absolute URL such as https://blog.example.org", e);
            }
        }).orElse(null);
        return new RulesAnalyzer(siteHost);
    }
}
