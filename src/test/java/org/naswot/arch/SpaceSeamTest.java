package org.naswot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One seam per space: a space's own packages ({@code space.nb201}, {@code spaces.nb201}, ...) are used by its module and
 * the spaces built on it, and reached from everywhere else only through {@code SpaceModule}. The classes below still
 * reach into one space directly; each is named so the list can only shrink (a new one fails this test).
 */
class SpaceSeamTest {
    private static final String[] SPACE_PACKAGES = {
        "org.naswot.space.nb201..", "org.naswot.space.nb101..", "org.naswot.space.nb301..", "org.naswot.space.nds..",
        "org.naswot.space.natssss..", "org.naswot.space.declarative..",
        "org.naswot.spaces.nb201..", "org.naswot.spaces.nb101..", "org.naswot.spaces.nb301..", "org.naswot.spaces.nds..",
        "org.naswot.spaces.natssss..", "org.naswot.spaces.declarative.."};

    /** NDS's importer of its own files (its module uses it): not yet in the NDS package. */
    private static final Set<String> KNOWN = Set.of(
            "org.naswot.bench.imports.NdsImporter");

    @Test
    void onlySpaceModulesReachIntoASpace() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.naswot");
        DescribedPredicate<JavaClass> known = DescribedPredicate.describe("a known exception",
                c -> KNOWN.contains(c.getName().replaceFirst("\\$.*$", "")));
        noClasses().that().resideOutsideOfPackages("org.naswot.space..", "org.naswot.spaces..")
                .and(DescribedPredicate.not(known))
                .should().dependOnClassesThat().resideInAnyPackage(SPACE_PACKAGES)
                .check(classes);
    }
}
