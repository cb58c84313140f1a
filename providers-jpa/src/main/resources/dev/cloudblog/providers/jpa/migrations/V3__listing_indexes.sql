-- Indexes that make listings (by status, tag or author, sorted by an instant then id), due
-- scheduled posts and slug lookups index scans. The slug lookups use the unique constraints.
CREATE INDEX ix_posts_created ON posts (created_at, id);
CREATE INDEX ix_posts_updated ON posts (updated_at, id);
CREATE INDEX ix_posts_published ON posts (published_at, id);
CREATE INDEX ix_posts_status_created ON posts (status, created_at, id);
CREATE INDEX ix_posts_status_updated ON posts (status, updated_at, id);
CREATE INDEX ix_posts_status_published ON posts (status, published_at, id);
CREATE INDEX ix_posts_status_scheduled ON posts (status, scheduled_at, id);
CREATE INDEX ix_posts_author_created ON posts (author, created_at, id);
CREATE INDEX ix_post_tags_tag ON post_tags (tag, post_id);
CREATE INDEX ix_retired_slugs_post ON retired_slugs (post_id);
