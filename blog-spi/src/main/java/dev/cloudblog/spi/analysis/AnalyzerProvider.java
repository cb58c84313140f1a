package dev.cloudblog.spi.analysis;

import dev.cloudblog.spi.Provider;

/** Entry point of a content analyzer. Every analyzer found is active and their facets are merged. */
public interface AnalyzerProvider extends Provider<ContentAnalyzer> {
}
