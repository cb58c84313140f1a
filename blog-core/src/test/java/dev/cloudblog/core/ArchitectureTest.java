package dev.cloudblog.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The module tiers")
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cloudblog");

    @Test
    @DisplayName("the API depends on nothing of ours but itself, and on no library")
    void apiStandsAlone() {
        noClasses().that().resideInAPackage("dev.cloudblog.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.cloudblog.api..", "java..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("the contract kits depend on the SPI, not the engine")
    void kitsIgnoreCore() {
        noClasses().that().resideInAPackage("dev.cloudblog.tck..")
                .should().dependOnClassesThat().resideInAPackage("dev.cloudblog.core..")
                .check(CLASSES);
    }
}
