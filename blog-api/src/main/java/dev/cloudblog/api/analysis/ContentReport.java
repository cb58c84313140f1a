package dev.cloudblog.api.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The merged analysis of a post or draft.
 *
 * @param postId  the post analysed, or {@code null} for an unsaved draft
 * @param version the version analysed, or 0 for an unsaved draft
 * @param facets  every facet of every active analyzer, ordered by analyzer then facet name
 */
public record ContentReport(String postId, long version, List<AnalysisFacet> facets) {

    public ContentReport {
        facets = List.copyOf(facets);
    }

    /** The facet with this name, from whichever analyzer produced it first. */
    public Optional<AnalysisFacet> facet(String name) {
        return facets.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
