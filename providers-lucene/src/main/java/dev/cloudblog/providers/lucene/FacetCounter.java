package dev.cloudblog.providers.lucene;

import dev.cloudblog.api.search.FacetCount;
import dev.cloudblog.api.search.SearchFacets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts the tags and authors of the posts that matched a search. Counting needs the facet
 * ordinals of the whole reader, which are costly to build: they are built on the first count
 * against a reader and dropped when the reader closes. Thread-safe.
 */
final class FacetCounter {

    private static final Comparator<FacetCount> MOST_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final FacetsConfig config;
    private final ConcurrentMap<IndexReader.CacheKey, Optional<SortedSetDocValuesReaderState>> states =
            new ConcurrentHashMap<>();

    FacetCounter(FacetsConfig config) {
        this.config = config;
    }

    /**
     * The facets of {@code matches}, read with {@code reader}: at most {@link SearchFacets#MAX_VALUES}
     * values of each dimension, most frequent first, ties by value; none where no post has the
     * dimension.
     */
    SearchFacets count(IndexReader reader, FacetsCollector matches) throws IOException {
        Optional<SortedSetDocValuesReaderState> state = state(reader);
        if (state.isEmpty()) {
            return new SearchFacets(List.of(), List.of());
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state.get(), matches);
        return new SearchFacets(top(counts, PostDocuments.TAGS), top(counts, PostDocuments.AUTHOR));
    }

    private Optional<SortedSetDocValuesReaderState> state(IndexReader reader) {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        return states.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(states::remove);
            return build(reader);
        });
    }

    private Optional<SortedSetDocValuesReaderState> build(IndexReader reader) {
        boolean indexed = reader.leaves().stream()
                .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        if (!indexed) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facets of the search index", e);
        }
    }

    private static List<FacetCount> top(Facets counts, String dimension) throws IOException {
        FacetResult result = counts.getTopChildren(SearchFacets.MAX_VALUES, dimension);
        if (result == null) {
            return List.of();
        }
        return Stream.of(result.labelValues)
                .map(value -> new FacetCount(value.label, value.value.longValue()))
                .sorted(MOST_FIRST)
                .toList();
    }
}
