package dev.cloudblog.providers.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code revisions}: one saved state of a post, its snapshot as JSON text. */
@Entity(name = "RevisionEntity")
@Table(name = "revisions")
class RevisionEntity {

    @EmbeddedId
    Key key;

    @Column(name = "action")
    String action;

    @Column(name = "saved_at")
    long savedAt;

    @Column(name = "snapshot")
    String snapshot;

    /** The primary key: post and revision number. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "post_id")
        String postId;

        @Column(name = "number")
        long number;

        Key() {
        }

        Key(String postId, long number) {
            this.postId = postId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && number == key.number && Objects.equals(postId, key.postId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, number);
        }
    }
}
