package dev.cloudblog.examples.verifier;

import dev.cloudblog.api.verification.Anchor;
import dev.cloudblog.api.verification.ContentProof;
import dev.cloudblog.api.verification.RevisionContent;
import dev.cloudblog.api.verification.VerificationResult;
import dev.cloudblog.core.anchor.LocalAnchorProvider;
import dev.cloudblog.core.checkpoint.CheckpointVerifier;
import dev.cloudblog.core.merkle.TreeHasher;
import dev.cloudblog.core.verification.CanonicalRevision;
import dev.cloudblog.core.verification.ProofVerifier;
import dev.cloudblog.providers.ethereum.AnchorCheck;
import dev.cloudblog.providers.ethereum.EthereumAnchorProvider;
import dev.cloudblog.providers.ethereum.OnChainVerifier;
import java.net.URI;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks content against a proof, one check after the other, and reports each as it is made:
 * <ol>
 *   <li>{@code revision}: the content is the revision the proof is for (same post id and number);</li>
 *   <li>{@code leaf hash}: the content's canonical bytes hash to the proof's leaf;</li>
 *   <li>{@code checkpoint}: the checkpoint is signed by the key, covers the leaf, and the inclusion
 *       path leads from the leaf to its root;</li>
 *   <li>for each anchor, in the proof's order: an {@code ethereum} anchor is checked on the chain the
 *       RPC URL serves, each step of {@link OnChainVerifier} reported as {@code ethereum/<step>};
 *       without an RPC URL it is skipped. Any other anchor is skipped: the local anchor, for one, is a
 *       copy in the blog's own data directory that only the blog can compare with;</li>
 *   <li>{@code ethereum}, with an RPC URL only: the proof carries at least one {@code ethereum} anchor.</li>
 * </ol>
 * The checks stop at the first that fails, and the verdict gives its detail as the reason. Without an
 * RPC URL a verification can pass, with the note that no anchor was checked on chain.
 */
final class ProofCheck {

    private final CheckpointVerifier key;
    private final Optional<URI> rpc;
    private final int confirmations;
    private final Consumer<Check> report;

    /**
     * @param key           the blog's public key
     * @param rpc           the Ethereum JSON-RPC URL; empty to leave ethereum anchors unchecked
     * @param confirmations how many blocks an anchoring transaction must be deep; at least 1
     * @param report        receives each check as soon as it is made
     */
    ProofCheck(CheckpointVerifier key, Optional<URI> rpc, int confirmations, Consumer<Check> report) {
        this.key = Objects.requireNonNull(key, "key");
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        if (confirmations < 1) {
            throw new IllegalArgumentException("confirmations must be at least 1, not " + confirmations);
        }
        this.confirmations = confirmations;
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Checks {@code content} against {@code proof}, reporting every check made. */
    Verdict check(RevisionContent content, ContentProof proof) {
        if (!content.postId().equals(proof.postId()) || content.revision() != proof.revision()) {
            return fail("revision", "the content is revision " + content.revision() + " of post " + content.postId()
                    + " but the proof is for revision " + proof.revision() + " of post " + proof.postId());
        }
        report.accept(Check.pass("revision", "revision " + content.revision() + " of post " + content.postId()
                + ", the one the proof is for"));

        String leafHash = Base64.getEncoder().encodeToString(TreeHasher.leafHash(CanonicalRevision.bytes(content)));
        if (!leafHash.equals(proof.leafHash())) {
            return fail("leaf hash", "the content hashes to leaf " + leafHash + " but the proof is for leaf "
                    + proof.leafHash() + ": the content was altered");
        }
        report.accept(Check.pass("leaf hash", "the content hashes to leaf " + leafHash + ", the proof's leaf "
                + proof.leafIndex()));

        VerificationResult signedAndIncluded = new ProofVerifier(key).verify(content, proof);
        if (!signedAndIncluded.valid()) {
            return fail("checkpoint", signedAndIncluded.detail());
        }
        report.accept(Check.pass("checkpoint", "signed by " + key.keyName() + ", covers "
                + proof.checkpoint().treeSize() + " leaves; the inclusion path leads to its root "
                + proof.checkpoint().rootHash()));

        return checkAnchors(proof);
    }

    private Verdict checkAnchors(ContentProof proof) {
        if (rpc.isEmpty()) {
            proof.anchors().forEach(this::skip);
            return Verdict.passedWithout("no anchor checked on chain: no --rpc given");
        }
        if (proof.anchors().stream().noneMatch(ProofCheck::isEthereum)) {
            proof.anchors().forEach(this::skip);
            return fail("ethereum", "the proof carries no ethereum anchor: its checkpoint was not anchored on chain"
                    + " (yet)");
        }
        try (OnChainVerifier chain = OnChainVerifier.connect(rpc.get(), confirmations)) {
            for (Anchor anchor : proof.anchors()) {
                if (!isEthereum(anchor)) {
                    skip(anchor);
                    continue;
                }
                AnchorCheck check = chain.check(proof.checkpoint(), anchor);
                check.steps().forEach(step -> report.accept(new Check(step.passed() ? Check.Outcome.PASS
                        : Check.Outcome.FAIL, "ethereum/" + step.name(), step.detail())));
                if (!check.result().valid()) {
                    return Verdict.failed("the ethereum anchor " + anchor.reference() + " does not hold: "
                            + check.result().detail());
                }
            }
        }
        return Verdict.passed();
    }

    private void skip(Anchor anchor) {
        if (isEthereum(anchor)) {
            report.accept(Check.skip(anchor.anchorer(), "transaction " + anchor.reference() + " on "
                    + anchor.network() + " not checked: no --rpc given"));
        } else if (anchor.anchorer().equals(LocalAnchorProvider.NAME)) {
            report.accept(Check.skip(anchor.anchorer(), "the receipt " + anchor.reference() + " names a copy the"
                    + " blog keeps in its own data directory (" + anchor.network() + "); only the blog can check it"));
        } else {
            report.accept(Check.skip(anchor.anchorer(), "the receipt " + anchor.reference() + " on "
                    + anchor.network() + " not checked: this verifier checks ethereum anchors only"));
        }
    }

    private Verdict fail(String name, String detail) {
        report.accept(Check.fail(name, detail));
        return Verdict.failed(detail);
    }

    private static boolean isEthereum(Anchor anchor) {
        return anchor.anchorer().equals(EthereumAnchorProvider.NAME);
    }
}
