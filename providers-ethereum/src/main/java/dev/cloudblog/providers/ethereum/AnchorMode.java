package dev.cloudblog.providers.ethereum;

/** How a checkpoint is written to the chain. */
public enum AnchorMode {

    /**
     * A call of {@code anchor(bytes32 root)} on an AnchorRegistry contract, which keeps the root
     * with its block time, refuses a root twice and emits {@code Anchored(root, sender, timestamp)}.
     */
    CONTRACT,

    /**
     * A transaction from the signing account to itself whose data is the checkpoint's text
     * ({@code <origin>\n<tree size>\n<base64 root>\n}): no contract needed, readable in any explorer.
     */
    CALLDATA
}
