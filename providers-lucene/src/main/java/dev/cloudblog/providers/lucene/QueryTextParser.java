package dev.cloudblog.providers.lucene;

import static org.apache.lucene.queryparser.classic.QueryParserConstants.CARAT;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.COLON;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.EOF;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.PREFIXTERM;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.STAR;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.TERM;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.WILDTERM;

import dev.cloudblog.api.InvalidQueryException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns query text in the classic Lucene syntax into a query: words (any of them, ranked by BM25)
 * over title and body, the title weighing {@value #TITLE_BOOST} times as much; {@code "phrases"};
 * {@code +required} and {@code -excluded} terms; {@code AND}, {@code OR}, {@code NOT} and
 * parentheses; terms in one of the fields {@code title:}, {@code body:}, {@code tags:} and
 * {@code author:}; trailing wildcards ({@code merk*}); fuzzy terms ({@code merkel~}), which keep
 * their first letter, since scanning every term for short fuzzy terms is slow. Blank text matches
 * every post, and so does text of excluded terms only, less the excluded ones.
 *
 * <p>Text that cannot be searched is refused with an {@link InvalidQueryException} at the zero-based
 * offset of the problem in the text: an unknown field, a term starting with a wildcard, an unclosed
 * quote or regular expression, a misplaced operator, a query ending too early. Parsing reads the
 * text through {@link FastCharStream}, which counts every character of the text, line breaks
 * included, as a column of line 1: a token's column is its offset. Each call uses a parser of its
 * own, so this is thread-safe.
 */
final class QueryTextParser {

    /** The fields a term may name. */
    private static final List<String> FIELDS =
            List.of(PostDocuments.TITLE, PostDocuments.BODY, PostDocuments.TAGS, PostDocuments.AUTHOR);

    private static final float TITLE_BOOST = 3;
    private static final int FUZZY_PREFIX_LENGTH = 1;
    private static final String[] DEFAULT_FIELDS = {PostDocuments.TITLE, PostDocuments.BODY};
    private static final Map<String, Float> BOOSTS = Map.of(PostDocuments.TITLE, TITLE_BOOST, PostDocuments.BODY, 1f);

    private final Analyzer analyzer;

    QueryTextParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query for {@code text}.
     *
     * @throws InvalidQueryException if the text cannot be searched, with the position of the problem
     *         when it is at one
     */
    Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        checkTokens(text);
        MultiFieldQueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, analyzer, BOOSTS);
        parser.setFuzzyPrefixLength(FUZZY_PREFIX_LENGTH);
        try {
            return everythingBut(parser.parse(text));
        } catch (ParseException e) {
            throw refused(e, parser.token);
        } catch (RuntimeException e) {
            throw unbuildable(e, parser.token);
        }
    }

    /** The refusal of a query that expands to more clauses than a search may have. */
    static InvalidQueryException tooManyClauses() {
        return new InvalidQueryException("the query has more than " + IndexSearcher.getMaxClauseCount()
                + " terms once expanded; use fewer or more specific words");
    }

    /**
     * Reads every token before parsing, to refuse what the parser would accept but cannot be
     * searched (unknown fields, leading wildcards) and to place lexical errors, whose
     * {@link TokenMgrError} carries no position.
     */
    private static void checkTokens(String text) {
        QueryParserTokenManager tokens = new QueryParserTokenManager(new FastCharStream(new StringReader(text)));
        Token previous = null;
        try {
            for (Token token = tokens.getNextToken(); token.kind != EOF; token = tokens.getNextToken()) {
                if (token.kind == COLON && previous != null && previous.kind == TERM
                        && !FIELDS.contains(previous.image)) {
                    throw new InvalidQueryException("unknown field '" + previous.image + "'; the fields are "
                            + String.join(", ", FIELDS), previous.beginColumn, null);
                }
                boolean wildcard = token.kind == STAR || token.kind == PREFIXTERM || token.kind == WILDTERM;
                if (wildcard && (token.image.startsWith("*") || token.image.startsWith("?"))) {
                    throw new InvalidQueryException("a term must not start with * or ?", token.beginColumn, null);
                }
                previous = token;
            }
        } catch (TokenMgrError e) {
            throw unreadable(text, previous, e);
        }
    }

    /**
     * The refusal of text the lexer failed to read after {@code previous}. A boost must follow its
     * {@code ^} at once; anywhere else the lexer skips blanks, so the unreadable token starts at the
     * first character after them.
     */
    private static InvalidQueryException unreadable(String text, Token previous, TokenMgrError cause) {
        if (previous != null && previous.kind == CARAT) {
            return new InvalidQueryException("^ must be followed by a number", previous.endColumn, cause);
        }
        int start = previous == null ? 0 : previous.endColumn;
        while (start < text.length() - 1 && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        char first = text.charAt(start);
        if (first == '"') {
            return new InvalidQueryException("the quote is not closed", start, cause);
        }
        if (first == '/') {
            return new InvalidQueryException("the regular expression started by / is not closed; "
                    + "put text with a / in quotes", start, cause);
        }
        // Only ] and } cannot start a token; any other token fails midway only at a lone \ at the end.
        if (first != ']' && first != '}' && text.endsWith("\\")) {
            return new InvalidQueryException("the backslash at the end escapes nothing", text.length() - 1, cause);
        }
        return new InvalidQueryException("unexpected '" + first + "'", start, cause);
    }

    private static InvalidQueryException refused(ParseException e, Token current) {
        Throwable cause = e.getCause();
        if (cause instanceof ParseException syntax && syntax.currentToken != null) {
            Token next = syntax.currentToken.next;
            String problem = next.kind == EOF ? "the query ends too early" : "unexpected '" + next.image + "'";
            return new InvalidQueryException(problem, next.beginColumn, e);
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return tooManyClauses();
        }
        return unbuildable(e, current);
    }

    /**
     * The refusal of a clause the parser read but could not build, such as a bad escape, boost,
     * regular expression or wildcard: the parser builds each clause as it reads it, so the problem
     * is at the token it read last.
     */
    private static InvalidQueryException unbuildable(Exception e, Token current) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new InvalidQueryException("cannot search for this: " + cause.getMessage(), current.beginColumn, e);
    }

    /** A query of excluded terms only matches every post without them, not none. */
    private static Query everythingBut(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }
}
