package dev.cloudblog.providers.ml;

import java.util.Map;

/**
 * The tagger and the embeddings learned from the blog's posts, with their registry cards and the
 * embeddings of the posts they were trained on; either may be missing while there are too few posts.
 *
 * @param tagger         the tagger, or {@code null}
 * @param taggerCard     its card, or {@code null}
 * @param embeddings     the embeddings, or {@code null}
 * @param embeddingsCard their card, or {@code null}
 * @param vectors        the embeddings of the posts they were trained on, by id, for related-post lookups
 * @param coldStart      why there is no tagger, or {@code null}
 */
record LearnedModels(TagModel tagger, ModelCard taggerCard, Embeddings embeddings, ModelCard embeddingsCard,
                     Map<String, double[]> vectors, String coldStart) {

    /** Nothing learned yet. */
    static LearnedModels none(String why) {
        return new LearnedModels(null, null, null, null, Map.of(), why);
    }
}
