package dev.cloudblog.core.analysis.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.analysis.Check;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SeoReport")
class SeoReportTest {

    @Test
    @DisplayName("rejects a score outside 0 to 100")
    void rejectsScoreOutOfRange() {
        assertThatThrownBy(() -> new SeoReport(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be within 0 to 100 but was -1");
        assertThatThrownBy(() -> new SeoReport(101, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("keeps an unmodifiable copy of the checks")
    void copiesChecks() {
        List<Check> checks = new ArrayList<>(List.of(new Check("seo.images", 9, "Fine.")));
        SeoReport report = new SeoReport(100, checks);
        checks.clear();

        assertThat(report.checks()).hasSize(1);
        assertThatThrownBy(() -> report.checks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
