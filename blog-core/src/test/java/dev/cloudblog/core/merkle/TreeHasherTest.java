package dev.cloudblog.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TreeHasher")
class TreeHasherTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    @DisplayName("hashes the empty tree, an empty leaf and a node as RFC 9162 section 2.1.1 says")
    void knownAnswers() {
        assertThat(HEX.formatHex(TreeHasher.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] empty = TreeHasher.leafHash(new byte[0]);
        assertThat(HEX.formatHex(empty))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        byte[] zero = TreeHasher.leafHash(new byte[] {0});
        assertThat(HEX.formatHex(zero))
                .isEqualTo("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
        // The first two leaves of the transparency-dev/merkle test tree: its root of size 2.
        assertThat(HEX.formatHex(TreeHasher.nodeHash(empty, zero)))
                .isEqualTo("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
    }

    @Test
    @DisplayName("rejects node children that are not 32-byte hashes")
    void rejectsBadChildren() {
        assertThatThrownBy(() -> TreeHasher.nodeHash(new byte[31], new byte[32]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("left must be 32 bytes, got 31");
        assertThatThrownBy(() -> TreeHasher.nodeHash(new byte[32], null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("right");
    }
}
