-- The revision log (RFC 9162 Merkle tree) and its signed checkpoints with their anchors.
CREATE TABLE log_leaves (
    leaf_index BIGINT NOT NULL,
    post_id    VARCHAR(100) NOT NULL,
    revision   BIGINT NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    hash       ${bytes} NOT NULL,
    CONSTRAINT pk_log_leaves PRIMARY KEY (leaf_index),
    CONSTRAINT uq_log_leaves_revision UNIQUE (post_id, revision, kind)
);

CREATE TABLE log_nodes (
    level      INTEGER NOT NULL,
    node_index BIGINT NOT NULL,
    hash       ${bytes} NOT NULL,
    CONSTRAINT pk_log_nodes PRIMARY KEY (level, node_index)
);

CREATE TABLE checkpoints (
    tree_size   BIGINT NOT NULL,
    signed_note TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    CONSTRAINT pk_checkpoints PRIMARY KEY (tree_size)
);

CREATE TABLE checkpoint_anchors (
    tree_size   BIGINT NOT NULL,
    position    INTEGER NOT NULL,
    anchorer    VARCHAR(100) NOT NULL,
    network     VARCHAR(200) NOT NULL,
    reference   VARCHAR(500) NOT NULL,
    anchored_at BIGINT NOT NULL,
    CONSTRAINT pk_checkpoint_anchors PRIMARY KEY (tree_size, position),
    CONSTRAINT fk_checkpoint_anchors_checkpoint FOREIGN KEY (tree_size) REFERENCES checkpoints (tree_size)
);
