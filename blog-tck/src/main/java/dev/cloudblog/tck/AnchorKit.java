package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.Checkpoint;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.anchor.Anchorer;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract every {@link Anchorer} must pass. A provider's test extends it:
 *
 * <pre>{@code
 * class EthereumAnchorKitTest extends AnchorKit {
 *     protected Anchorer createAnchorer(ProviderContext context) {
 *         return new EthereumAnchorProvider().create(context);
 *     }
 * }
 * }</pre>
 *
 * The kit's checkpoints carry random roots and a placeholder note: anchors record what they are
 * given and need not check signatures.
 */
@ExtendWith(RandomSeedExtension.class)
public abstract class AnchorKit extends ProviderKit {

    protected Anchorer anchorer;

    /** Creates the anchorer under test. Called before every test; the kit closes it after. */
    protected abstract Anchorer createAnchorer(ProviderContext context);

    /** The provider name the anchorer's receipts carry. */
    protected abstract String providerName();

    @BeforeEach
    void openAnchorer() {
        anchorer = createAnchorer(context());
    }

    @AfterEach
    void closeAnchorer() {
        anchorer.close();
    }

    private static Checkpoint checkpoint(Random random, long size) {
        byte[] root = new byte[32];
        random.nextBytes(root);
        String base64 = Base64.getEncoder().encodeToString(root);
        return new Checkpoint("kit.example/log", size, base64,
                "kit.example/log\n" + size + "\n" + base64 + "\n\n\u2014 kit.example/log c2lnbmF0dXJl\n");
    }

    @Test
    @DisplayName("a receipt names the anchor, where and when the checkpoint was recorded")
    void issuesReceipts(Random random) {
        Anchor anchor = anchorer.anchor(checkpoint(random, 42));

        assertThat(anchor.anchorer()).isEqualTo(providerName());
        assertThat(anchor.network()).isNotBlank();
        assertThat(anchor.reference()).isNotBlank();
        assertThat(anchor.anchoredAt()).isNotNull();
    }

    @Test
    @DisplayName("a receipt checks out against the checkpoint it was issued for")
    void checksItsOwnReceipt(Random random) {
        Checkpoint checkpoint = checkpoint(random, 7);
        Anchor anchor = anchorer.anchor(checkpoint);

        assertThat(anchorer.check(checkpoint, anchor).valid()).isTrue();
    }

    @Test
    @DisplayName("a receipt does not check out against another checkpoint, nor a forged reference")
    void refusesForeignReceipts(Random random) {
        Checkpoint first = checkpoint(random, 7);
        Checkpoint second = checkpoint(random, 8);
        Anchor firstAnchor = anchorer.anchor(first);
        Anchor secondAnchor = anchorer.anchor(second);

        assertThat(secondAnchor.reference()).isNotEqualTo(firstAnchor.reference());
        VerificationResult crossed = anchorer.check(second, firstAnchor);
        assertThat(crossed.failureReason()).contains(VerificationResult.Failure.ANCHOR_MISMATCH);
        assertThat(crossed.detail()).isNotBlank();
        Anchor forged = new Anchor(firstAnchor.anchorer(), firstAnchor.network(), firstAnchor.reference() + "0",
                firstAnchor.anchoredAt());
        assertThat(anchorer.check(first, forged).valid()).isFalse();
    }

    @Test
    @DisplayName("a different checkpoint of the same size never displaces the receipt of the first")
    void keepsTheFirstCheckpointOfASize(Random random) {
        Checkpoint original = checkpoint(random, 9);
        Anchor receipt = anchorer.anchor(original);
        Checkpoint rewritten = checkpoint(random, 9);

        try {
            Anchor other = anchorer.anchor(rewritten);
            assertThat(other.reference()).isNotEqualTo(receipt.reference());
        } catch (RuntimeException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        assertThat(anchorer.check(original, receipt).valid()).isTrue();
    }

    @Test
    @DisplayName("anchoring a checkpoint again, as a retry after a crash does, gives a receipt that checks out")
    void anchorsAgainSafely(Random random) {
        Checkpoint checkpoint = checkpoint(random, 12);
        Anchor first = anchorer.anchor(checkpoint);
        Anchor again = anchorer.anchor(checkpoint);

        assertThat(anchorer.check(checkpoint, again).valid()).isTrue();
        assertThat(anchorer.check(checkpoint, first).valid()).isTrue();
    }

    @Test
    @DisplayName("the same root under another tree size is another checkpoint")
    void bindsTheTreeSize(Random random) {
        Checkpoint checkpoint = checkpoint(random, 10);
        Anchor anchor = anchorer.anchor(checkpoint);
        Checkpoint resized = new Checkpoint(checkpoint.origin(), 11, checkpoint.rootHash(),
                checkpoint.signedNote().replace("\n10\n", "\n11\n"));

        assertThat(anchorer.check(resized, anchor).valid()).isFalse();
    }
}
