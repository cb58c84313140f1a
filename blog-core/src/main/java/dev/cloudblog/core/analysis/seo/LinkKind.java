package dev.cloudblog.core.analysis.seo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a link leads, as the link checks count links.
 *
 * <ul>
 *   <li>{@link #INTERNAL}: a relative link (no scheme, and not {@code //host}), or an
 *       {@code http(s)} or {@code //host} link whose host is the site's host, compared
 *       case-insensitively and ignoring a leading {@code www.}, a port and user info;</li>
 *   <li>{@link #OUTBOUND}: any other {@code http(s)} or {@code //host} link;</li>
 *   <li>{@link #OTHER}: a link with another scheme ({@code mailto:}, {@code tel:},
 *       {@code ftp:}...), a link within the page itself (empty or only a {@code #fragment}), and an
 *       {@code http(s)} link without a host.</li>
 * </ul>
 *
 * <pre>{@code
 * LinkKind.of("/about", "blog.example.org");                        // INTERNAL
 * LinkKind.of("https://WWW.Blog.example.org/x", "blog.example.org");  // INTERNAL
 * LinkKind.of("https://example.com", "blog.example.org");           // OUTBOUND
 * LinkKind.of("mailto:me@example.org", "blog.example.org");         // OTHER
 * }</pre>
 */
enum LinkKind {
    /** A link to another page of the site. */
    INTERNAL,
    /** A link to another site. */
    OUTBOUND,
    /** Neither. */
    OTHER;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.\\-]*:");
    private static final Pattern WEB_SCHEME = Pattern.compile("^(?i:https?)://");

    /**
     * Classifies a link destination.
     *
     * @param destination the destination as written
     * @param siteHost    the site's host, or {@code null} when unknown, which makes every absolute
     *                    web link outbound
     */
    static LinkKind of(String destination, String siteHost) {
        String url = destination.strip();
        if (url.isEmpty() || url.startsWith("#")) {
            return OTHER;
        }
        if (url.startsWith("//")) {
            return byHost(url.substring(2), siteHost);
        }
        Matcher web = WEB_SCHEME.matcher(url);
        if (web.find()) {
            return byHost(url.substring(web.end()), siteHost);
        }
        return SCHEME.matcher(url).find() ? OTHER : INTERNAL;
    }

    /**
     * The host of an authority and what follows it, in the form hosts are compared in: lower case,
     * without user info, port, a trailing dot or a leading {@code www.}.
     *
     * <pre>{@code
     * LinkKind.host("me@WWW.Example.org:8080/path?q");   // "example.org"
     * }</pre>
     */
    static String host(String authorityAndRest) {
        int end = authorityAndRest.length();
        for (char delimiter : new char[] {'/', '?', '#', '\\'}) {
            int at = authorityAndRest.indexOf(delimiter);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String host = authorityAndRest.substring(0, end);
        host = host.substring(host.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        if (port >= 0 && port > host.lastIndexOf(']')) {
            host = host.substring(0, port);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static LinkKind byHost(String authorityAndRest, String siteHost) {
        String host = host(authorityAndRest);
        if (host.isEmpty()) {
            return OTHER;
        }
        return siteHost != null && host.equals(host(siteHost)) ? INTERNAL : OUTBOUND;
    }
}
