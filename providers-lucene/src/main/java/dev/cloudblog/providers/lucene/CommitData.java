package dev.cloudblog.providers.lucene;

import dev.cloudblog.spi.search.IndexMarker;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.CorruptIndexException;

/**
 * What every commit of the index records besides the posts, in its user data: the layout and
 * language the posts were indexed with and, once the index has one, its marker.
 *
 * @param layout   the {@link PostDocuments#LAYOUT layout} version, or {@code null} if not recorded
 * @param language the {@link Language#key() language}, or {@code null} if not recorded
 * @param marker   where the index stands, or {@code null} if it has no marker
 */
record CommitData(String layout, String language, IndexMarker marker) {

    private static final String LAYOUT = "cloudblog.layout";
    private static final String LANGUAGE = "cloudblog.language";
    private static final String POSITION = "cloudblog.marker.position";
    private static final String LAST_LEAF_HASH = "cloudblog.marker.last-leaf-hash";

    /** The data of an index of the current layout in {@code language}, at {@code marker} (or none). */
    static CommitData of(Language language, IndexMarker marker) {
        return new CommitData(PostDocuments.LAYOUT, language.key(), marker);
    }

    /**
     * Reads the user data of a commit.
     *
     * @throws CorruptIndexException if it holds a marker that is not one
     */
    static CommitData parse(Map<String, String> userData) throws CorruptIndexException {
        String position = userData.get(POSITION);
        String hash = userData.get(LAST_LEAF_HASH);
        IndexMarker marker = null;
        if (position != null || hash != null) {
            try {
                marker = new IndexMarker(Long.parseLong(Objects.requireNonNull(position, "position")),
                        Objects.requireNonNull(hash, "lastLeafHash"));
            } catch (RuntimeException e) {
                throw new CorruptIndexException("the commit holds an invalid marker " + position + "/" + hash,
                        "commit user data", e);
            }
        }
        return new CommitData(userData.get(LAYOUT), userData.get(LANGUAGE), marker);
    }

    /** Whether an index with this data was built like one in {@code language} of the current layout. */
    boolean fits(Language language) {
        return PostDocuments.LAYOUT.equals(layout) && language.key().equals(this.language);
    }

    /** The user data to commit. */
    Map<String, String> toUserData() {
        Map<String, String> userData = new HashMap<>();
        userData.put(LAYOUT, layout);
        userData.put(LANGUAGE, language);
        if (marker != null) {
            userData.put(POSITION, Long.toString(marker.position()));
            userData.put(LAST_LEAF_HASH, marker.lastLeafHash());
        }
        return userData;
    }
}
