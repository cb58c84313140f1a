/**
 * The {@code lucene} search index: full-text search over posts on Apache Lucene, kept in step with
 * the store by the engine.
 *
 * <p>Searching: BM25 ranking over title and body, a title match weighing three times a body match;
 * the classic Lucene query syntax (words, {@code "phrases"}, {@code +required}, {@code -excluded},
 * {@code AND}/{@code OR}/{@code NOT}, parentheses, trailing wildcards, fuzzy terms keeping their
 * first letter, and the fields {@code title:}, {@code body:}, {@code tags:} (any case) and
 * {@code author:} (exact)); filters on status, tags, author and publish time; exact totals; pages
 * of at most 100 hits reaching 10,000 hits deep through opaque cursors; highlighted title and body
 * passages, HTML-escaped with matches in
 * {@code <mark>}; tag and author counts over all matches; title suggestions for a prefix of the
 * title or of any word in it; related posts by {@code MoreLikeThis}. Text that cannot be searched,
 * such as an unknown field, a leading wildcard or an unclosed quote, is refused with an
 * {@link dev.cloudblog.api.InvalidQueryException} giving its position.
 *
 * <p>Settings:
 * <ul>
 *   <li>{@code blog.lucene.path}: the index directory; default {@code <blog.data.dir>/lucene}, where
 *       {@code blog.data.dir} defaults to {@code data}. Rebuilds write into a sibling directory
 *       {@code <name>.rebuild-<number>} until they are swapped in.</li>
 *   <li>{@code blog.lucene.in-memory}: {@code true} keeps the index in memory instead, empty at
 *       every start; default {@code false}.</li>
 *   <li>{@code blog.lucene.language}: the language of titles and bodies, for stop words and
 *       stemming: {@code english} (default), {@code german}, {@code french}, {@code spanish},
 *       {@code italian}, {@code portuguese}, {@code dutch}, or {@code standard} for no stemming and
 *       no stop words. Changing it empties the index at the next start, for the engine to
 *       rebuild.</li>
 *   <li>{@code blog.lucene.refresh-interval}: how soon a change becomes searchable; default
 *       {@code 100ms}.</li>
 *   <li>{@code blog.lucene.commit-interval}: how soon a change becomes durable; default {@code 1s}.
 *       A crash loses at most this much, which the engine replays from the revision log.</li>
 * </ul>
 *
 * <p>Durability: every commit records where the index stands in the revision log, the language and
 * the document layout. At start an index that is missing, unreadable (corrupt, or written by an
 * incompatible Lucene version: logged as a warning and its files deleted), or built with another
 * language or layout starts over empty with no marker, and the engine rebuilds it; otherwise it
 * keeps its posts and marker.
 */
package dev.cloudblog.providers.lucene;
