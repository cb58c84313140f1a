package dev.cloudblog.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tier rule every provider module must pass: its main code depends on the SPI and the API,
 * never on the engine ({@code dev.cloudblog.core}). A provider's test names its package:
 *
 * <pre>{@code
 * class JpaArchitectureTest extends ProviderArchitectureKit {
 *     protected String providerPackage() { return "dev.cloudblog.providers.jpa"; }
 * }
 * }</pre>
 */
public abstract class ProviderArchitectureKit {

    /** The root package of the provider's main code. */
    protected abstract String providerPackage();

    @Test
    @DisplayName("the provider's main code never depends on the engine")
    void providerIgnoresCore() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(providerPackage());
        assertThat(classes).as("main classes in %s", providerPackage()).isNotEmpty();
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.cloudblog.core..").check(classes);
    }
}
