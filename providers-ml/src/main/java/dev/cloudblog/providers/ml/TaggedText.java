package dev.cloudblog.providers.ml;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A post as the tagger and the related-posts finder read it: its id, its text and the tags its
 * author gave it (none for an untagged post). Immutable; the tags are kept sorted.
 *
 * @param id   the post's id, not blank
 * @param text the post's text (title and body), possibly empty
 * @param tags the post's tags, none blank
 */
record TaggedText(String id, String text, Set<String> tags) {

    /**
     * @throws NullPointerException     if a component or a tag is {@code null}
     * @throws IllegalArgumentException if the id or a tag is blank
     */
    TaggedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tags, "tags");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a tagged text needs an id, got a blank one");
        }
        for (String tag : tags) {
            if (Objects.requireNonNull(tag, "tag").isBlank()) {
                throw new IllegalArgumentException("post " + id + " has a blank tag among " + tags);
            }
        }
        tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }
}
