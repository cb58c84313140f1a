package dev.cloudblog.providers.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The jpa store's H2 connection")
class JpaPostStoreProviderTest {

    @Test
    @DisplayName("commits at once and leaves closing the database to the store, not to H2's exit hook")
    void embeddedUrl() {
        assertThat(JpaPostStoreProvider.embedded("jdbc:h2:file:/data/blog"))
                .isEqualTo("jdbc:h2:file:/data/blog;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    @DisplayName("keeps what the URL sets itself")
    void keepsExplicitSettings() {
        assertThat(JpaPostStoreProvider.embedded("jdbc:h2:mem:x;write_delay=100;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:mem:x;write_delay=100;DB_CLOSE_ON_EXIT=TRUE");
    }
}
