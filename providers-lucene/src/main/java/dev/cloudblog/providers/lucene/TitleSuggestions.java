package dev.cloudblog.providers.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;
import org.apache.lucene.search.suggest.document.PrefixCompletionQuery;
import org.apache.lucene.search.suggest.document.SuggestField;
import org.apache.lucene.search.suggest.document.SuggestIndexSearcher;
import org.apache.lucene.search.suggest.document.TopSuggestDocs.SuggestScoreDoc;

/**
 * Title suggestions, kept in the post documents so that updates and deletions keep them current.
 * A published post's document holds one completion entry for its whole title and one for every
 * later word start with the rest of the title, such as {@code Merkle Trees in Practice},
 * {@code Trees in Practice}, {@code in Practice} and {@code Practice}; the earlier the word, the
 * heavier the entry. A prefix matches entries that start with it, case-insensitively, so it
 * matches a title that starts with it or has a word that does, and a title matched at its start
 * comes before one matched further in.
 *
 * <p>A word starts at a letter or digit that follows anything else. Control characters and runs of
 * whitespace count as one space, in titles and prefixes alike.
 */
final class TitleSuggestions {

    /** The completion field of the entries. */
    static final String FIELD = "title_suggest";

    private static final int FIRST_WEIGHT = 1_000;
    private static final int OVERFETCH = 4;
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Cntrl}\\s]+");

    private TitleSuggestions() {
    }

    /** Adds the entries of {@code title} to a post's document. */
    static void addEntries(Document document, String title) {
        String text = SEPARATORS.matcher(title).replaceAll(" ").strip();
        int word = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || startsWord(text, i)) {
                document.add(new SuggestField(FIELD, text.substring(i), Math.max(0, FIRST_WEIGHT - word)));
                word++;
            }
        }
    }

    /**
     * The distinct titles matching {@code prefix}, best first, ties by title, at most {@code limit}.
     * A post matching at several words counts once, at its best.
     */
    static List<String> suggest(IndexSearcher searcher, CompletionAnalyzer analyzer, String prefix, int limit)
            throws IOException {
        String text = SEPARATORS.matcher(prefix).replaceAll(" ").stripLeading();
        if (text.isEmpty()) {
            return List.of();
        }
        SuggestIndexSearcher suggester = new SuggestIndexSearcher(searcher.getIndexReader());
        PrefixCompletionQuery query = new PrefixCompletionQuery(analyzer, new Term(FIELD, text));
        // Entries, not posts, are counted: fetch more until enough distinct titles or no more entries.
        for (int wanted = limit * OVERFETCH; ; wanted *= OVERFETCH) {
            SuggestScoreDoc[] entries = suggester.suggest(query, wanted, false).scoreLookupDocs();
            List<PostDocuments.Summary> posts = PostDocuments.summaries(searcher.getIndexReader(),
                    Arrays.stream(entries).mapToInt(entry -> entry.doc).toArray());
            List<Match> matches = new ArrayList<>(entries.length);
            for (int i = 0; i < entries.length; i++) {
                matches.add(new Match(posts.get(i).title(), entries[i].score));
            }
            matches.sort(Match.BEST_FIRST);
            Set<String> titles = new LinkedHashSet<>();
            for (Match match : matches) {
                titles.add(match.title());
            }
            if (titles.size() >= limit || entries.length < wanted) {
                return titles.stream().limit(limit).toList();
            }
        }
    }

    private static boolean startsWord(String text, int index) {
        return Character.isLetterOrDigit(text.codePointAt(index))
                && !Character.isLetterOrDigit(text.codePointBefore(index));
    }

    /** A title matched by one entry, with the entry's score. */
    private record Match(String title, float score) {
        static final Comparator<Match> BEST_FIRST =
                Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::title);
    }
}
