package dev.cloudblog.providers.jpa;

import com.zaxxer.hikari.HikariDataSource;
import dev.cloudblog.api.BlogException;
import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.PostConflictException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostSort;
import dev.cloudblog.api.post.PostStatus;
import dev.cloudblog.api.post.Revision;
import dev.cloudblog.api.post.RevisionAction;
import dev.cloudblog.api.post.SlugResolution;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.json.BlogJson;
import dev.cloudblog.spi.store.DuplicateSlugException;
import dev.cloudblog.spi.store.LogAppend;
import dev.cloudblog.spi.store.LogConflictException;
import dev.cloudblog.spi.store.LogLeaf;
import dev.cloudblog.spi.store.LogNode;
import dev.cloudblog.spi.store.OutboxRecord;
import dev.cloudblog.spi.store.PostCriteria;
import dev.cloudblog.spi.store.PostDeletion;
import dev.cloudblog.spi.store.PostStore;
import dev.cloudblog.spi.store.PostWrite;
import dev.cloudblog.spi.store.StoredCheckpoint;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.SelectionQuery;

/**
 * A {@link PostStore} in a relational database. Posts (with their tags) and revisions are Hibernate
 * entities; slugs, the outbox, the revision log and checkpoints are plain SQL on the session's
 * connection. Every method runs in one transaction of its own.
 *
 * <p>Concurrency: a save or deletion locks the post's row ({@code SELECT ... FOR UPDATE}) before
 * it checks the version, so of racing writers one wins and the others see its version; unique
 * constraints on slugs and on log positions turn the losers of the remaining races into
 * {@link DuplicateSlugException} and {@link LogConflictException}. Outbox sequences come from a
 * single counter row locked until commit, so they increase in commit order. Slug lookups read live
 * and retired slugs in one statement, so a reader never sees a rename half applied.
 */
final class JpaPostStore implements PostStore {

    private final SessionFactory sessionFactory;
    private final HikariDataSource dataSource;
    private final Clock clock;
    private final BlogJson json = new BlogJson();

    JpaPostStore(SessionFactory sessionFactory, HikariDataSource dataSource, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The session factory, whose statistics tests read. */
    SessionFactory sessionFactory() {
        return sessionFactory;
    }

    @Override
    public void save(PostWrite write) {
        Post post = write.post();
        PostLimits.check(post);
        String snapshot = json.post(post);
        String event = json.event(write.event());
        try {
            transaction(session -> {
                PostEntity current = session.find(PostEntity.class, post.id(), LockModeType.PESSIMISTIC_WRITE);
                if (write.isNew() && current != null) {
                    throw new PostConflictException(post.id(), 0, current.version);
                }
                if (!write.isNew() && current == null) {
                    throw PostNotFoundException.forId(post.id());
                }
                if (current != null && current.version != write.expectedVersion()) {
                    throw new PostConflictException(post.id(), write.expectedVersion(), current.version);
                }
                if (slugOwner(session, post.slug()).filter(owner -> !owner.equals(post.id())).isPresent()) {
                    throw new DuplicateSlugException(post.slug());
                }
                String previousSlug = current == null ? null : current.slug;
                PostEntity entity = current == null ? new PostEntity() : current;
                copy(post, entity);
                if (current == null) {
                    session.persist(entity);
                }
                session.flush();
                jdbc(session, connection -> {
                    update(connection, "DELETE FROM retired_slugs WHERE slug = ? AND post_id = ?", post.slug(), post.id());
                    if (previousSlug != null && !previousSlug.equals(post.slug())) {
                        update(connection, "INSERT INTO retired_slugs (slug, post_id) VALUES (?, ?)", previousSlug,
                                post.id());
                    }
                    return null;
                });
                RevisionEntity revision = new RevisionEntity();
                revision.key = new RevisionEntity.Key(post.id(), write.revision().number());
                revision.action = write.revision().action().name();
                revision.savedAt = EpochNanos.of(write.revision().savedAt());
                revision.snapshot = snapshot;
                session.persist(revision);
                session.flush();
                appendEvent(session, event);
                return null;
            });
        } catch (RuntimeException e) {
            throw translateWriteFailure(e, post.id(), post.slug(), write.expectedVersion());
        }
    }

    @Override
    public void delete(PostDeletion deletion) {
        String event = json.event(deletion.event());
        try {
            transaction(session -> {
                PostEntity current = session.find(PostEntity.class, deletion.postId(), LockModeType.PESSIMISTIC_WRITE);
                if (current == null) {
                    throw PostNotFoundException.forId(deletion.postId());
                }
                if (current.version != deletion.expectedVersion()) {
                    throw new PostConflictException(current.id, deletion.expectedVersion(), current.version);
                }
                jdbc(session, connection -> {
                    update(connection, "DELETE FROM revisions WHERE post_id = ?", current.id);
                    update(connection, "DELETE FROM retired_slugs WHERE post_id = ?", current.id);
                    return null;
                });
                session.remove(current);
                session.flush();
                appendEvent(session, event);
                return null;
            });
        } catch (RuntimeException e) {
            throw translateWriteFailure(e, deletion.postId(), null, deletion.expectedVersion());
        }
    }

    private RuntimeException translateWriteFailure(RuntimeException thrown, String postId, String slug,
                                                   long expectedVersion) {
        if (thrown instanceof BlogException || thrown instanceof DuplicateSlugException) {
            return thrown;
        }
        StoreFailure failure = StoreFailure.of(thrown);
        if (slug != null && failure.slugTaken()) {
            return new DuplicateSlugException(slug);
        }
        if (failure.uniqueViolation() || failure.contention()) {
            long actual = findById(postId).map(Post::version).orElse(0L);
            return new PostConflictException(postId, expectedVersion, actual);
        }
        if (failure.badValue()) {
            return InvalidPostException.of("post", "the database refused a value: " + firstLine(failure.messages()));
        }
        return new BlogException("the post store failed to write post " + postId + ": " + firstLine(failure.messages()),
                thrown);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private void appendEvent(Session session, String event) {
        jdbc(session, connection -> {
            update(connection, "UPDATE outbox_counter SET last_sequence = last_sequence + 1 WHERE id = 1");
            long sequence;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_sequence FROM outbox_counter WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                sequence = rows.getLong(1);
            }
            update(connection, "INSERT INTO outbox (sequence, event, created_at) VALUES (?, ?, ?)", sequence, event,
                    EpochNanos.of(clock.instant()));
            return null;
        });
    }

    private void copy(Post post, PostEntity entity) {
        entity.id = post.id();
        entity.slug = post.slug();
        entity.title = post.title();
        entity.body = post.body();
        entity.html = post.html();
        entity.excerpt = post.excerpt();
        entity.customExcerpt = post.customExcerpt();
        if (!entity.tags.equals(post.tags())) {
            entity.tags.clear();
            entity.tags.addAll(post.tags());
        }
        entity.author = post.author();
        entity.status = post.status().name();
        entity.createdAt = EpochNanos.of(post.createdAt());
        entity.updatedAt = EpochNanos.of(post.updatedAt());
        entity.publishedAt = EpochNanos.of(post.publishedAt());
        entity.scheduledAt = EpochNanos.of(post.scheduledAt());
        entity.version = post.version();
        entity.contentHash = post.contentHash();
        entity.readingTime = post.readingTime().toNanos();
        entity.seo = json.seo(post.seo());
        entity.customFields = json.fields(post.customFields());
    }

    private Post toPost(PostEntity entity) {
        return new Post(entity.id, entity.slug, entity.title, entity.body, entity.html, entity.excerpt,
                entity.customExcerpt, List.copyOf(entity.tags), entity.author, PostStatus.valueOf(entity.status),
                EpochNanos.toInstant(entity.createdAt), EpochNanos.toInstant(entity.updatedAt),
                EpochNanos.toInstant(entity.publishedAt), EpochNanos.toInstant(entity.scheduledAt), entity.version,
                entity.contentHash, Duration.ofNanos(entity.readingTime), json.seo(entity.seo),
                json.fields(entity.customFields));
    }

    @Override
    public Optional<Post> findById(String id) {
        return transaction(session -> Optional.ofNullable(session.find(PostEntity.class, id)).map(this::toPost));
    }

    @Override
    public long countPosts() {
        return transaction(session -> session.createSelectionQuery("select count(p) from PostEntity p", Long.class)
                .getSingleResult());
    }

    @Override
    public Optional<SlugResolution> findBySlug(String slug) {
        return transaction(session -> slugOwner(session, slug)
                .map(owner -> session.find(PostEntity.class, owner))
                .map(entity -> new SlugResolution(toPost(entity), slug)));
    }

    @Override
    public boolean isSlugTaken(String slug, String exceptPostId) {
        return transaction(session -> slugOwner(session, slug).filter(owner -> !owner.equals(exceptPostId)).isPresent());
    }

    /** The post whose live or retired slug this is, read in one statement so a rename is never seen half done. */
    private Optional<String> slugOwner(Session session, String slug) {
        return jdbc(session, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, 0 AS retired FROM posts WHERE slug = ?"
                            + " UNION ALL SELECT post_id, 1 AS retired FROM retired_slugs WHERE slug = ?"
                            + " ORDER BY retired")) {
                select.setString(1, slug);
                select.setString(2, slug);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Post> query(PostCriteria criteria) {
        String column = switch (criteria.sort()) {
            case NEWEST, OLDEST -> "createdAt";
            case RECENTLY_UPDATED -> "updatedAt";
            case RECENTLY_PUBLISHED -> "publishedAt";
        };
        String direction = criteria.descending() ? "desc" : "asc";
        String beyond = criteria.descending() ? "<" : ">";
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder hql = new StringBuilder("select p from PostEntity p where 1 = 1");
        if (!criteria.statuses().isEmpty()) {
            hql.append(" and p.status in :statuses");
            parameters.put("statuses", criteria.statuses().stream().map(PostStatus::name).toList());
        }
        if (criteria.tag() != null) {
            // Uncorrelated, so the database can semi-join through the index on post_tags (tag, post_id).
            hql.append(" and p.id in (select q.id from PostEntity q join q.tags t where t = :tag)");
            parameters.put("tag", criteria.tag());
        }
        if (criteria.author() != null) {
            hql.append(" and p.author = :author");
            parameters.put("author", criteria.author());
        }
        if (criteria.publishedFrom() != null || criteria.publishedBefore() != null
                || criteria.sort() == PostSort.RECENTLY_PUBLISHED) {
            hql.append(" and p.publishedAt is not null");
        }
        if (criteria.publishedFrom() != null) {
            hql.append(" and p.publishedAt >= :from");
            parameters.put("from", EpochNanos.of(criteria.publishedFrom()));
        }
        if (criteria.publishedBefore() != null) {
            hql.append(" and p.publishedAt < :before");
            parameters.put("before", EpochNanos.of(criteria.publishedBefore()));
        }
        if (criteria.after() != null) {
            // The first, redundant bound lets the database start the index scan at the keyset.
            hql.append(" and p.").append(column).append(' ').append(beyond).append("= :afterValue and (p.")
                    .append(column).append(' ').append(beyond).append(" :afterValue or (p.")
                    .append(column).append(" = :afterValue and p.id ").append(beyond).append(" :afterId))");
            parameters.put("afterValue", EpochNanos.of(criteria.after().sortValue()));
            parameters.put("afterId", criteria.after().id());
        }
        hql.append(" order by p.").append(column).append(' ').append(direction).append(", p.id ").append(direction);
        return transaction(session -> {
            SelectionQuery<PostEntity> query = session.createSelectionQuery(hql.toString(), PostEntity.class);
            parameters.forEach(query::setParameter);
            return query.setMaxResults(criteria.limit()).getResultList().stream().map(this::toPost).toList();
        });
    }

    @Override
    public List<Post> dueForPublishing(Instant now, int limit) {
        return transaction(session -> session.createSelectionQuery("select p from PostEntity p"
                        + " where p.status = :status and p.scheduledAt <= :now order by p.scheduledAt, p.id",
                        PostEntity.class)
                .setParameter("status", PostStatus.SCHEDULED.name())
                .setParameter("now", EpochNanos.of(now))
                .setMaxResults(limit)
                .getResultList().stream().map(this::toPost).toList());
    }

    @Override
    public List<Revision> revisions(String postId) {
        return transaction(session -> session.createSelectionQuery(
                        "select r from RevisionEntity r where r.key.postId = :postId order by r.key.number",
                        RevisionEntity.class)
                .setParameter("postId", postId)
                .getResultList().stream().map(this::toRevision).toList());
    }

    @Override
    public Optional<Revision> revision(String postId, long number) {
        return transaction(session -> Optional.ofNullable(
                session.find(RevisionEntity.class, new RevisionEntity.Key(postId, number))).map(this::toRevision));
    }

    private Revision toRevision(RevisionEntity entity) {
        return new Revision(entity.key.postId, entity.key.number, RevisionAction.valueOf(entity.action),
                EpochNanos.toInstant(entity.savedAt), json.post(entity.snapshot));
    }

    @Override
    public List<OutboxRecord> pendingEvents(int limit) {
        return transaction(session -> jdbc(session, connection -> {
            List<OutboxRecord> records = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT sequence, event FROM outbox ORDER BY sequence LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        records.add(new OutboxRecord(rows.getLong(1), json.event(rows.getString(2))));
                    }
                }
            }
            return records;
        }));
    }

    @Override
    public void acknowledge(Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return;
        }
        transaction(session -> jdbc(session, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox WHERE sequence = ?")) {
                for (long sequence : sequences) {
                    delete.setLong(1, sequence);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public long logSize() {
        return transaction(session -> jdbc(session, JpaPostStore::logSize));
    }

    private static long logSize(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(leaf_index) FROM log_leaves");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            long last = rows.getLong(1);
            return rows.wasNull() ? 0 : last + 1;
        }
    }

    @Override
    public void appendToLog(LogAppend append) {
        try {
            transaction(session -> jdbc(session, connection -> {
                long size = logSize(connection);
                if (size != append.firstIndex()) {
                    throw new LogConflictException(append.firstIndex(), size);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO log_leaves"
                        + " (leaf_index, post_id, revision, kind, hash) VALUES (?, ?, ?, ?, ?)")) {
                    for (LogLeaf leaf : append.leaves()) {
                        insert.setLong(1, leaf.index());
                        insert.setString(2, leaf.postId());
                        insert.setLong(3, leaf.revision());
                        insert.setString(4, leaf.kind().name());
                        insert.setBytes(5, leaf.hash());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                if (!append.nodes().isEmpty()) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO log_nodes (level, node_index, hash) VALUES (?, ?, ?)")) {
                        for (LogNode node : append.nodes()) {
                            insert.setInt(1, node.level());
                            insert.setLong(2, node.index());
                            insert.setBytes(3, node.hash());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                return null;
            }));
        } catch (LogConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            StoreFailure failure = StoreFailure.of(e);
            if (failure.uniqueViolation() || failure.contention()) {
                throw new LogConflictException(append.firstIndex(), logSize());
            }
            throw new BlogException("the post store failed to append to the revision log: "
                    + firstLine(failure.messages()), e);
        }
    }

    @Override
    public List<LogLeaf> logLeaves(long from, int limit) {
        return transaction(session -> jdbc(session, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT leaf_index, post_id, revision, kind, hash"
                    + " FROM log_leaves WHERE leaf_index >= ? ORDER BY leaf_index LIMIT ?")) {
                select.setLong(1, from);
                select.setInt(2, limit);
                return leaves(select);
            }
        }));
    }

    @Override
    public Optional<LogLeaf> findLogLeaf(String postId, long revision, LogLeaf.Kind kind) {
        return transaction(session -> jdbc(session, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT leaf_index, post_id, revision, kind, hash"
                    + " FROM log_leaves WHERE post_id = ? AND revision = ? AND kind = ?")) {
                select.setString(1, postId);
                select.setLong(2, revision);
                select.setString(3, kind.name());
                return leaves(select).stream().findFirst();
            }
        }));
    }

    private static List<LogLeaf> leaves(PreparedStatement select) throws SQLException {
        List<LogLeaf> leaves = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                leaves.add(new LogLeaf(rows.getLong(1), rows.getString(2), rows.getLong(3),
                        LogLeaf.Kind.valueOf(rows.getString(4)), rows.getBytes(5)));
            }
        }
        return leaves;
    }

    @Override
    public Optional<byte[]> logNode(int level, long index) {
        String sql = level == 0 ? "SELECT hash FROM log_leaves WHERE leaf_index = ?"
                : "SELECT hash FROM log_nodes WHERE level = ? AND node_index = ?";
        return transaction(session -> jdbc(session, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (level == 0) {
                    select.setLong(1, index);
                } else {
                    select.setInt(1, level);
                    select.setLong(2, index);
                }
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        }));
    }

    @Override
    public void saveCheckpoint(StoredCheckpoint checkpoint) {
        try {
            transaction(session -> jdbc(session, connection -> {
                if (checkpoint(connection, "SELECT tree_size, signed_note, created_at FROM checkpoints"
                        + " WHERE tree_size = ?", checkpoint.treeSize()).isEmpty()) {
                    update(connection, "INSERT INTO checkpoints (tree_size, signed_note, created_at) VALUES (?, ?, ?)",
                            checkpoint.treeSize(), checkpoint.signedNote(), EpochNanos.of(checkpoint.createdAt()));
                    for (Anchor anchor : checkpoint.anchors()) {
                        insertAnchor(connection, checkpoint.treeSize(), anchor);
                    }
                }
                return null;
            }));
        } catch (RuntimeException e) {
            if (!StoreFailure.of(e).uniqueViolation()) {
                throw new BlogException("the post store failed to save a checkpoint: "
                        + firstLine(StoreFailure.of(e).messages()), e);
            }
            // Another writer stored a checkpoint of this size first; it stays as it is.
        }
    }

    @Override
    public void addAnchor(long treeSize, Anchor anchor) {
        transaction(session -> jdbc(session, connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT tree_size FROM checkpoints WHERE tree_size = ? FOR UPDATE")) {
                lock.setLong(1, treeSize);
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                }
            }
            insertAnchor(connection, treeSize, anchor);
            return null;
        }));
    }

    private void insertAnchor(Connection connection, long treeSize, Anchor anchor) throws SQLException {
        update(connection, "INSERT INTO checkpoint_anchors"
                        + " (tree_size, position, anchorer, network, reference, anchored_at, details)"
                        + " SELECT ?, COUNT(*), ?, ?, ?, ?, ? FROM checkpoint_anchors WHERE tree_size = ?",
                treeSize, anchor.anchorer(), anchor.network(), anchor.reference(), EpochNanos.of(anchor.anchoredAt()),
                json.fields(anchor.details()), treeSize);
    }

    @Override
    public List<Long> checkpointsWithoutAnchor(String anchorer) {
        return transaction(session -> jdbc(session, connection -> {
            List<Long> sizes = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, "SELECT c.tree_size FROM checkpoints c WHERE NOT EXISTS"
                    + " (SELECT 1 FROM checkpoint_anchors a WHERE a.tree_size = c.tree_size AND a.anchorer = ?)"
                    + " ORDER BY c.tree_size", anchorer);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sizes.add(rows.getLong(1));
                }
            }
            return sizes;
        }));
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return transaction(session -> jdbc(session, connection -> checkpoint(connection,
                "SELECT tree_size, signed_note, created_at FROM checkpoints ORDER BY tree_size DESC LIMIT 1")));
    }

    @Override
    public Optional<StoredCheckpoint> checkpointCovering(long leafIndex) {
        return transaction(session -> jdbc(session, connection -> checkpoint(connection,
                "SELECT tree_size, signed_note, created_at FROM checkpoints WHERE tree_size > ?"
                        + " ORDER BY tree_size LIMIT 1", leafIndex)));
    }

    private Optional<StoredCheckpoint> checkpoint(Connection connection, String sql, Object... parameters)
            throws SQLException {
        long treeSize;
        String note;
        Instant createdAt;
        try (PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            treeSize = rows.getLong(1);
            note = rows.getString(2);
            createdAt = EpochNanos.toInstant(rows.getLong(3));
        }
        List<Anchor> anchors = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT anchorer, network, reference, anchored_at, details"
                + " FROM checkpoint_anchors WHERE tree_size = ? ORDER BY position", treeSize);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                anchors.add(new Anchor(rows.getString(1), rows.getString(2), rows.getString(3),
                        EpochNanos.toInstant(rows.getLong(4)), json.fields(rows.getString(5))));
            }
        }
        return Optional.of(new StoredCheckpoint(treeSize, note, createdAt, anchors));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private <T> T transaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    private static <T> T jdbc(Session session, org.hibernate.jdbc.ReturningWork<T> work) {
        return session.doReturningWork(work);
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            dataSource.close();
        }
    }
}
