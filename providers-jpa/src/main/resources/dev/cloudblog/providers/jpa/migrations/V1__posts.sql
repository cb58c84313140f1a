-- Posts, their tags, retired slugs, revisions and the event outbox.
-- Instants are BIGINT nanoseconds since the epoch (exact, portable; valid until 2262).
-- ${binary_collation} is COLLATE "C" on PostgreSQL and empty on H2, whose default order is already binary.
CREATE TABLE posts (
    id             VARCHAR(100) ${binary_collation} NOT NULL,
    slug           VARCHAR(200) NOT NULL,
    title          VARCHAR(500) NOT NULL,
    body           TEXT NOT NULL,
    html           TEXT NOT NULL,
    excerpt        TEXT NOT NULL,
    custom_excerpt TEXT,
    author         VARCHAR(200) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    published_at   BIGINT,
    scheduled_at   BIGINT,
    version        BIGINT NOT NULL,
    content_hash   VARCHAR(100) NOT NULL,
    reading_time   BIGINT NOT NULL,
    seo            TEXT NOT NULL,
    custom_fields  TEXT NOT NULL,
    CONSTRAINT pk_posts PRIMARY KEY (id),
    CONSTRAINT uq_posts_slug UNIQUE (slug)
);

CREATE TABLE post_tags (
    post_id  VARCHAR(100) ${binary_collation} NOT NULL,
    position INTEGER NOT NULL,
    tag      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_post_tags PRIMARY KEY (post_id, position),
    CONSTRAINT fk_post_tags_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

CREATE TABLE retired_slugs (
    slug    VARCHAR(200) NOT NULL,
    post_id VARCHAR(100) ${binary_collation} NOT NULL,
    CONSTRAINT pk_retired_slugs PRIMARY KEY (slug),
    CONSTRAINT fk_retired_slugs_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

CREATE TABLE revisions (
    post_id  VARCHAR(100) ${binary_collation} NOT NULL,
    number   BIGINT NOT NULL,
    action   VARCHAR(20) NOT NULL,
    saved_at BIGINT NOT NULL,
    snapshot TEXT NOT NULL,
    CONSTRAINT pk_revisions PRIMARY KEY (post_id, number),
    CONSTRAINT fk_revisions_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
);

-- Sequences come from the single row of outbox_counter, locked until commit, so that they
-- increase in commit order (an identity column only increases in insert order).
CREATE TABLE outbox_counter (
    id            INTEGER NOT NULL,
    last_sequence BIGINT NOT NULL,
    CONSTRAINT pk_outbox_counter PRIMARY KEY (id)
);
INSERT INTO outbox_counter (id, last_sequence) VALUES (1, 0);

CREATE TABLE outbox (
    sequence   BIGINT NOT NULL,
    event      TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT pk_outbox PRIMARY KEY (sequence)
);
