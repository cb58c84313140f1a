package dev.cloudblog.api.verification;

import java.util.List;

/**
 * Everything needed to check a revision without trusting the blog.
 *
 * @param postId        the post
 * @param revision      the revision number
 * @param leafHash      the base64 leaf hash of the revision's canonical bytes
 * @param leafIndex     the leaf's position in the log
 * @param inclusionPath the base64 hashes from the leaf to the checkpoint's root
 * @param checkpoint    the signed checkpoint the path leads to
 * @param anchors       where that checkpoint was anchored
 */
public record ContentProof(String postId, long revision, String leafHash, long leafIndex, List<String> inclusionPath,
                           Checkpoint checkpoint, List<Anchor> anchors) {

    public ContentProof {
        inclusionPath = List.copyOf(inclusionPath);
        anchors = List.copyOf(anchors);
    }
}
