package org.naswot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: only the app talks to JavaFX; the scoring core knows nothing of storage or UI. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.naswot");
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.naswot.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void scoringCoreIsIndependentOfStoreAndFrontEnds() {
        noClasses().that().resideInAnyPackage("org.naswot.score..", "org.naswot.nn..", "org.naswot.space..",
                        "org.naswot.data..", "org.naswot.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.naswot.store..", "org.naswot.cli..",
                        "org.naswot.app..", "org.naswot.run..")
                .check(classes);
    }

    @Test
    void onlySparkPackageUsesSpark() {
        // Spark is provided, not shipped with the desktop app: the rest must load without it
        noClasses().that().resideOutsideOfPackage("org.naswot.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
                .check(classes);
    }

    @Test
    void searchSpacesHaveNoDeepLearningInTheirInterface() {
        noClasses().that().haveSimpleName("SearchSpace").or().haveSimpleName("Architecture")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(classes);
    }
}
