package dev.cloudblog.core.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.ProofUnavailableException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.ConsistencyProof;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.api.verification.VerificationResult.Failure;
import dev.cloudblog.tck.Eventually;
import dev.cloudblog.tck.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Proofs of revisions")
class VerificationTest {

    @TempDir
    Path data;

    private final MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    private final List<Blog> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Blog::close);
    }

    private Blog blog(Path dataDir, String... settings) {
        var builder = VerifiedBlogs.builder(dataDir, clock);
        for (int i = 0; i < settings.length; i += 2) {
            builder.property(settings[i], settings[i + 1]);
        }
        Blog blog = builder.build();
        open.add(blog);
        return blog;
    }

    private static Post write(Blog blog, String title) {
        Post draft = blog.posts().create(PostInput.builder().title(title).author("ada").body("Body of " + title)
                .tags("proof").build());
        return blog.posts().publish(draft.id(), draft.version());
    }

    private static RevisionContent content(Blog blog, Post post) {
        return RevisionContent.of(blog.posts().revision(post.id(), post.version()));
    }

    @Test
    @DisplayName("a revision's proof verifies in the blog, and offline from its JSON with only the public key")
    void provesAndVerifiesOffline() {
        Blog blog = blog(data);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            posts.add(write(blog, "Post " + i));
        }
        Checkpoint checkpoint = blog.verification().checkpoint();
        assertThat(checkpoint.treeSize()).isEqualTo(18);

        Post post = posts.get(4);
        ContentProof proof = blog.verification().prove(post.id(), post.version());
        assertThat(proof.leafIndex()).isEqualTo(9);
        assertThat(proof.inclusionPath()).hasSize(5);
        assertThat(proof.anchors()).extracting(Anchor::anchorer).containsExactly("local");
        assertThat(blog.verification().verify(content(blog, post), proof).valid()).isTrue();

        String json = ProofJson.write(proof);
        assertThat(ProofJson.read(json)).isEqualTo(proof);
        ProofVerifier offline = ProofVerifier.forKey(blog.verification().key().verifierKey());
        assertThat(offline.verify(content(blog, post), json).valid()).isTrue();
        ProofVerifier fromPem = ProofVerifier.forPublicKey(blog.verification().key().keyName(),
                blog.verification().key().publicKeyPem());
        assertThat(fromPem.verify(content(blog, post), json).valid()).isTrue();
        assertThat(blog.verification().key().publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    @DisplayName("altered content, a bent path, a forged note, another key, an old checkpoint and a bad anchor each fail by name")
    void namesEveryFailure() {
        Blog blog = blog(data);
        Post first = write(blog, "First");
        Checkpoint old = blog.verification().checkpoint();
        Post post = write(blog, "Second");
        blog.verification().checkpoint();
        ContentProof proof = blog.verification().prove(post.id(), post.version());
        RevisionContent content = content(blog, post);

        RevisionContent altered = new RevisionContent(content.postId(), content.revision(), content.slug(),
                content.title(), content.body() + " (edited)", content.tags(), content.author(), content.status(),
                content.publishedAt());
        assertThat(blog.verification().verify(altered, proof).failureReason()).contains(Failure.CONTENT_CHANGED);

        List<String> bent = new ArrayList<>(proof.inclusionPath());
        bent.set(0, proof.leafHash());
        assertThat(blog.verification().verify(content, withPath(proof, bent)).failureReason())
                .contains(Failure.PROOF_MISMATCH);

        Checkpoint forged = new Checkpoint(proof.checkpoint().origin(), proof.checkpoint().treeSize(),
                proof.checkpoint().rootHash(), proof.checkpoint().signedNote().replaceFirst("\n4\n", "\n5\n"));
        assertThat(blog.verification().verify(content, withCheckpoint(proof, forged)).failureReason())
                .contains(Failure.BAD_SIGNATURE);

        Checkpoint misreported = new Checkpoint("evil.example/log", 999, "AAAA", proof.checkpoint().signedNote());
        assertThat(ProofVerifier.forKey(blog.verification().key().verifierKey())
                .verify(content, withCheckpoint(proof, misreported)).failureReason()).contains(Failure.MALFORMED);

        Blog stranger = blog(data.resolve("stranger"));
        VerificationResult unknown = stranger.verification().verify(content, proof);
        assertThat(unknown.failureReason()).contains(Failure.UNKNOWN_KEY);
        assertThat(unknown.detail()).isNotBlank();

        VerificationResult tooOld = blog.verification().verify(content, withCheckpoint(proof, old));
        assertThat(tooOld.failureReason()).contains(Failure.CHECKPOINT_TOO_OLD);
        assertThat(tooOld.detail()).contains("covers 2 leaves");

        Anchor anchor = proof.anchors().get(0);
        ContentProof badAnchor = new ContentProof(proof.postId(), proof.revision(), proof.leafIndex(), proof.leafHash(),
                proof.inclusionPath(), proof.checkpoint(), List.of(new Anchor(anchor.anchorer(), anchor.network(),
                "00000000000000000099.checkpoint#sha256:00", anchor.anchoredAt())));
        assertThat(blog.verification().verify(content, badAnchor).failureReason()).contains(Failure.ANCHOR_MISMATCH);
        assertThat(ProofVerifier.forKey(blog.verification().key().verifierKey()).verify(content, "{not json")
                .failureReason()).contains(Failure.MALFORMED);
        RevisionContent firstDraft = RevisionContent.of(blog.posts().revision(first.id(), 1));
        assertThat(blog.verification().verify(firstDraft, blog.verification().prove(first.id(), 1)).valid()).isTrue();
    }

    private static ContentProof withPath(ContentProof proof, List<String> path) {
        return new ContentProof(proof.postId(), proof.revision(), proof.leafIndex(), proof.leafHash(), path,
                proof.checkpoint(), proof.anchors());
    }

    private static ContentProof withCheckpoint(ContentProof proof, Checkpoint checkpoint) {
        return new ContentProof(proof.postId(), proof.revision(), proof.leafIndex(), proof.leafHash(),
                proof.inclusionPath(), checkpoint, proof.anchors());
    }

    @Test
    @DisplayName("a revision no checkpoint covers yet has no proof, and an unknown one is not found")
    void provesOnlyCoveredRevisions() {
        Blog blog = blog(data);
        Post post = write(blog, "Fresh");

        assertThatThrownBy(() -> blog.verification().prove(post.id(), post.version()))
                .isInstanceOf(ProofUnavailableException.class).hasMessageContaining("checkpoint()");
        assertThatThrownBy(() -> blog.verification().prove(post.id(), 9)).isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> blog.verification().prove("nope", 1)).isInstanceOf(PostNotFoundException.class);
    }

    @Test
    @DisplayName("checkpoints are cut every N leaves or after the interval, never one per post")
    void cutsCheckpointsInBatches() {
        Blog blog = blog(data, "blog.verification.checkpoint.leaves", "6",
                "blog.verification.checkpoint.interval", "10m");
        Post first = write(blog, "One");
        write(blog, "Two");
        assertThatThrownBy(() -> blog.verification().prove(first.id(), 1)).isInstanceOf(ProofUnavailableException.class);

        write(blog, "Three");
        Eventually.await("a checkpoint of six leaves is cut", () -> provable(blog, first));
        assertThat(blog.verification().prove(first.id(), 1).checkpoint().treeSize()).isEqualTo(6);

        Post late = write(blog, "Four");
        clock.advance(Duration.ofMinutes(9));
        assertThat(provable(blog, late)).isFalse();
        clock.advance(Duration.ofMinutes(2));
        Eventually.await("the interval cuts a checkpoint", () -> provable(blog, late));
        assertThat(blog.verification().prove(late.id(), late.version()).checkpoint().treeSize()).isEqualTo(8);
    }

    private static boolean provable(Blog blog, Post post) {
        try {
            blog.verification().prove(post.id(), post.version());
            return true;
        } catch (ProofUnavailableException e) {
            return false;
        }
    }

    @Test
    @DisplayName("the current log proves it extends an older checkpoint; a rewritten history does not")
    void provesConsistency() {
        Blog blog = blog(data.resolve("original"));
        write(blog, "A");
        String old = blog.verification().checkpoint().signedNote();
        for (int i = 0; i < 5; i++) {
            write(blog, "More " + i);
        }
        blog.verification().checkpoint();

        ConsistencyProof proof = blog.verification().consistency(old);
        assertThat(proof.oldTreeSize()).isEqualTo(2);
        assertThat(proof.newCheckpoint().treeSize()).isEqualTo(12);
        assertThat(blog.verification().verifyConsistency(old, proof).valid()).isTrue();
        String latest = blog.verification().checkpoint().signedNote();
        assertThat(blog.verification().verifyConsistency(latest, blog.verification().consistency(latest)).valid())
                .isTrue();

        Path keys = data.resolve("original/keys");
        Blog rewritten = blog(data.resolve("rewritten"),
                "blog.verification.private-key", keys.resolve("checkpoint-key.pem").toString(),
                "blog.verification.public-key", keys.resolve("checkpoint-key.pub.pem").toString());
        write(rewritten, "A, but different");
        for (int i = 0; i < 5; i++) {
            write(rewritten, "More " + i);
        }
        rewritten.verification().checkpoint();
        VerificationResult result = rewritten.verification().verifyConsistency(old,
                rewritten.verification().consistency(old));
        assertThat(result.failureReason()).contains(Failure.PROOF_MISMATCH);
    }

    @Test
    @DisplayName("the signing key is generated once and kept across restarts")
    void keepsTheKey() {
        Blog first = blog(data);
        String key = first.verification().key().verifierKey();
        first.close();
        open.remove(first);

        assertThat(blog(data).verification().key().verifierKey()).isEqualTo(key);
        assertThat(key).startsWith("cloudblog+");
    }
}
