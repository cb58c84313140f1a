// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title AnchorRegistry
/// @notice Write-once registry of Merkle roots. Anchoring a root records the timestamp of the block
///         that included the anchoring transaction, which later proves that the data summarised by
///         the root existed no later than that moment.
/// @dev The registry holds no owner, no upgrade path and no ether: anyone may anchor any non-zero
///      root exactly once, and nothing can ever change or remove a recorded timestamp. A root is
///      considered anchored if and only if {anchoredAt} returns a non-zero value for it.
contract AnchorRegistry {
    /// @notice Timestamp (`block.timestamp`, seconds since the Unix epoch) of the block in which
    ///         `root` was anchored, or zero if `root` has never been anchored.
    mapping(bytes32 => uint256) public anchoredAt;

    /// @notice Emitted once per root, when it is anchored.
    /// @param root the anchored Merkle root
    /// @param sender the account that sent the anchoring call (`msg.sender`)
    /// @param timestamp the block timestamp stored in {anchoredAt} for `root`
    event Anchored(bytes32 indexed root, address indexed sender, uint256 timestamp);

    /// @notice The zero root was given; it is reserved to mean "not anchored".
    error EmptyRoot();

    /// @notice `root` was anchored before, at block timestamp `anchoredAt`; the first record stands.
    /// @param root the root that was given again
    /// @param anchoredAt the timestamp recorded by the first anchoring of `root`
    error AlreadyAnchored(bytes32 root, uint256 anchoredAt);

    /// @notice Anchors `root` at the current block timestamp.
    /// @dev Reverts with {EmptyRoot} if `root` is zero and with {AlreadyAnchored} if `root` was
    ///      anchored before; otherwise stores `block.timestamp` in {anchoredAt} and emits {Anchored}.
    /// @param root the Merkle root to anchor; must be non-zero and not anchored yet
    function anchor(bytes32 root) external {
        if (root == bytes32(0)) {
            revert EmptyRoot();
        }
        uint256 previous = anchoredAt[root];
        if (previous != 0) {
            revert AlreadyAnchored(root, previous);
        }
        anchoredAt[root] = block.timestamp;
        emit Anchored(root, msg.sender, block.timestamp);
    }
}
