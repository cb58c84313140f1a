package dev.cloudblog.providers.ml;

import java.util.Objects;

/**
 * A post found close in meaning to another by {@link Embeddings#related}.
 *
 * @param id         the related post's id
 * @param similarity the cosine similarity of the two posts' vectors, in [-1, 1]
 */
record RelatedPost(String id, double similarity) {

    /** @throws IllegalArgumentException if the similarity is outside [-1, 1] */
    RelatedPost {
        Objects.requireNonNull(id, "id");
        if (!(similarity >= -1 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity to post " + id + " must be in [-1, 1], got " + similarity);
        }
    }
}
