package dev.cloudblog.api.verification;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to check a revision without trusting the blog: the revision's leaf in the
 * log, the path from it to a signed checkpoint's root, and where that checkpoint was anchored.
 *
 * @param postId        the post
 * @param revision      the revision number
 * @param leafIndex     the leaf's position in the log
 * @param leafHash      the base64 leaf hash of the revision's canonical bytes
 * @param inclusionPath the base64 sibling hashes from the leaf up to the checkpoint's root (RFC 9162)
 * @param checkpoint    the signed checkpoint the path leads to
 * @param anchors       where that checkpoint was anchored
 */
public record ContentProof(String postId, long revision, long leafIndex, String leafHash, List<String> inclusionPath,
                           Checkpoint checkpoint, List<Anchor> anchors) {

    public ContentProof {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(checkpoint, "checkpoint");
        inclusionPath = List.copyOf(inclusionPath);
        anchors = List.copyOf(anchors);
    }
}
