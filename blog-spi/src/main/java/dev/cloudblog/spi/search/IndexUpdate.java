package dev.cloudblog.spi.search;

import dev.cloudblog.api.post.Post;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Changes to apply to a search index in one step, and the marker it reaches with them.
 *
 * @param upserts  posts to add, or to replace when their id is indexed already
 * @param removals ids of posts to remove; unknown ids are ignored
 * @param marker   where the index stands once these are applied
 */
public record IndexUpdate(List<Post> upserts, Set<String> removals, IndexMarker marker) {

    public IndexUpdate {
        upserts = List.copyOf(upserts);
        removals = Set.copyOf(removals);
        Objects.requireNonNull(marker, "marker");
    }
}
