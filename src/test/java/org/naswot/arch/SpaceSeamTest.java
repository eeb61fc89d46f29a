package org.naswot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One seam per space: a space's own packages ({@code space.nb201}, {@code spaces.nb201}, ...) are used by its module and
 * the spaces built on it, and reached from everywhere else only through {@code SpaceModule} (or a provider a space
 * lists in {@code META-INF/services}: {@code CsvRowCheck.Provider}, {@code NetObjectCheck}).
 */
class SpaceSeamTest {
    /** Every sub-package of {@code space} and {@code spaces} is one space family's (a new family is covered too). */
    private static final String[] SPACE_PACKAGES = {"org.naswot.space.*..", "org.naswot.spaces.*.."};

    @Test
    void onlySpaceModulesReachIntoASpace() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.naswot");
        // not vacuous: the patterns cover the families' classes, nested packages included
        for (String name : new String[] {"org.naswot.space.nds.NdsArchitecture",
            "org.naswot.space.nds.net.NdsNetworkBuilder", "org.naswot.spaces.nb201.Nb201Module"}) {
            assertTrue(classes.get(name).getPackage().getName().matches("org\\.naswot\\.spaces?\\.\\w+.*")
                    && com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(SPACE_PACKAGES)
                    .test(classes.get(name)), name);
        }
        noClasses().that().resideOutsideOfPackages("org.naswot.space..", "org.naswot.spaces..")
                .should().dependOnClassesThat().resideInAnyPackage(SPACE_PACKAGES)
                .check(classes);
    }
}
