package dev.cloudblog.core.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.core.checkpoint.CheckpointException.Reason;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A checkpoint body")
class CheckpointBodyTest {

    private static final String ROOT = "qINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=";
    private static final byte[] ROOT_HASH = Base64.getDecoder().decode(ROOT);

    @Test
    @DisplayName("is written as its origin, its tree size in decimal and its root hash in base64, one per line")
    void text() {
        assertThat(new CheckpointBody("example.com/blog", 42, ROOT_HASH).text())
                .isEqualTo("example.com/blog\n42\n" + ROOT + "\n");
        assertThat(new CheckpointBody("example.com/blog", 0, new byte[32]).text())
                .isEqualTo("example.com/blog\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        assertThat(new CheckpointBody("o", Long.MAX_VALUE, new byte[] {1}).text())
                .isEqualTo("o\n9223372036854775807\nAQ==\n");
    }

    @Test
    @DisplayName("reads back from its text")
    void roundTrip() {
        CheckpointBody body = new CheckpointBody("blog.example/journal über alles", 20852163, ROOT_HASH);

        assertThat(CheckpointBody.parse(body.text())).isEqualTo(body);
    }

    @Test
    @DisplayName("reads a text with extension lines, without keeping them")
    void extensionLines() {
        CheckpointBody body = CheckpointBody.parse("example.com/blog\n42\n" + ROOT + "\nTimestamp: 1700000000\nmore\n");

        assertThat(body).isEqualTo(new CheckpointBody("example.com/blog", 42, ROOT_HASH));
        assertThat(body.text()).isEqualTo("example.com/blog\n42\n" + ROOT + "\n");
    }

    @DisplayName("refuses a malformed text as MALFORMED")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "",
        "example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=",
        "example.com/blog\n42\n",
        "\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n042\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n-1\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n+1\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n 1\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n9223372036854775808\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
        "example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs\n",
        "example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVct=\n",
        "example.com/blog\n42\nnot base64\n",
        "example.com/blog\n42\n\n",
        "example.com/blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n\nextension\n",
        "example.com/blog\r\n42\r\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\r\n",
        "example.com/\u0000blog\n42\nqINS1GRFhWHwdkUeqLEoP4yEMkTBBzxBkGwGQlVlVcs=\n",
    })
    void malformed(String text) {
        assertThatThrownBy(() -> CheckpointBody.parse(text))
                .isInstanceOfSatisfying(CheckpointException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageStartingWith("MALFORMED: not a checkpoint: ");
    }

    @Test
    @DisplayName("refuses parts that cannot be written as a checkpoint")
    void refusesBadParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointBody("", 1, ROOT_HASH))
                .withMessageContaining("origin");
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointBody("a\nb", 1, ROOT_HASH))
                .withMessageContaining("origin");
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointBody("a\tb", 1, ROOT_HASH))
                .withMessageContaining("origin");
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointBody("a\uDC00", 1, ROOT_HASH))
                .withMessageContaining("origin");
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointBody("o", -1, ROOT_HASH))
                .withMessageContaining("treeSize");
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointBody("o", 1, new byte[0]))
                .withMessageContaining("rootHash");
        assertThatThrownBy(() -> new CheckpointBody(null, 1, ROOT_HASH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CheckpointBody("o", 1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("copies its root hash in and out")
    void copiesRootHash() {
        byte[] root = ROOT_HASH.clone();
        CheckpointBody body = new CheckpointBody("o", 1, root);

        root[0] ^= 1;
        body.rootHash()[1] ^= 1;

        assertThat(body.rootHash()).isEqualTo(ROOT_HASH);
    }

    @Test
    @DisplayName("equals another with the same parts, comparing the root hash by content")
    void equality() {
        CheckpointBody body = new CheckpointBody("o", 1, ROOT_HASH);
        CheckpointBody same = new CheckpointBody("o", 1, ROOT_HASH.clone());

        assertThat(body).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(body).isNotEqualTo(new CheckpointBody("p", 1, ROOT_HASH));
        assertThat(body).isNotEqualTo(new CheckpointBody("o", 2, ROOT_HASH));
        assertThat(body).isNotEqualTo(new CheckpointBody("o", 1, new byte[32]));
        assertThat(body).hasToString("CheckpointBody[origin=o, treeSize=1, rootHash=" + ROOT + "]");
    }
}
