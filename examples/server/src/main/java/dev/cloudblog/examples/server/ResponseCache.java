package dev.cloudblog.examples.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cloudblog.api.post.Post;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Responses kept ready: the JSON of each post version (a version never changes, so it never goes
 * stale), and the pages anonymous callers list and search, dropped whenever any post changes
 * (on this node or, through the event bus, another) and after {@code pageTtl} at most. A page
 * computed while a change was being applied is not kept, so a dropped page cannot come back
 * stale. Thread-safe.
 */
final class ResponseCache {

    private final Cache<PostVersion, Rendered> posts = Caffeine.newBuilder()
            .maximumWeight(128L * 1024 * 1024)
            .weigher((PostVersion key, Rendered rendered) -> rendered.body().length + rendered.surrogateKey().length())
            .build();
    private final Cache<String, Rendered> pages;
    private final AtomicLong generation = new AtomicLong();

    ResponseCache(Duration pageTtl) {
        this.pages = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(pageTtl).build();
    }

    /** The post's response, rendered once per version. */
    Rendered post(Post post, Function<Post, Rendered> render) {
        return posts.get(new PostVersion(post.id(), post.version()), key -> render.apply(post));
    }

    /** The page under the key, computed when absent or dropped. */
    Rendered page(String key, Supplier<Rendered> compute) {
        Rendered cached = pages.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        Rendered fresh = compute.get();
        if (generation.get() == before) {
            pages.put(key, fresh);
            if (generation.get() != before) {
                pages.invalidate(key);
            }
        }
        return fresh;
    }

    /** Drops every page; called on every change to a post. */
    void postChanged() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    private record PostVersion(String id, long version) {
    }

    /**
     * A response body with its strong ETag and its {@code Surrogate-Key} header: the surrogate keys
     * naming what it shows, separated by spaces.
     */
    record Rendered(byte[] body, String etag, String surrogateKey) {

        /** A body whose ETag is a checksum of its bytes. */
        static Rendered of(byte[] body, List<String> surrogateKeys) {
            CRC32C checksum = new CRC32C();
            checksum.update(body);
            return new Rendered(body, "\"" + HexFormat.of().toHexDigits((int) checksum.getValue()) + "-"
                    + Integer.toHexString(body.length) + "\"", String.join(" ", surrogateKeys));
        }
    }
}
