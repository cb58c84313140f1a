package dev.cloudblog.providers.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code posts} with its tags in {@code post_tags}. Tags load lazily, in batches of up to
 * {@value #TAG_BATCH} posts per statement, so a page of posts costs two statements, not one per post.
 * Instants are nanoseconds since the epoch; SEO and custom fields are JSON text.
 */
@Entity(name = "PostEntity")
@Table(name = "posts")
class PostEntity {

    static final int TAG_BATCH = 256;

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "slug")
    String slug;

    @Column(name = "title")
    String title;

    @Column(name = "body")
    String body;

    @Column(name = "html")
    String html;

    @Column(name = "excerpt")
    String excerpt;

    @Column(name = "custom_excerpt")
    String customExcerpt;

    @ElementCollection
    @CollectionTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    @BatchSize(size = TAG_BATCH)
    List<String> tags = new ArrayList<>();

    @Column(name = "author")
    String author;

    @Column(name = "status")
    String status;

    @Column(name = "created_at")
    long createdAt;

    @Column(name = "updated_at")
    long updatedAt;

    @Column(name = "published_at")
    Long publishedAt;

    @Column(name = "scheduled_at")
    Long scheduledAt;

    @Column(name = "version")
    long version;

    @Column(name = "content_hash")
    String contentHash;

    @Column(name = "reading_time")
    long readingTime;

    @Column(name = "seo")
    String seo;

    @Column(name = "custom_fields")
    String customFields;
}
