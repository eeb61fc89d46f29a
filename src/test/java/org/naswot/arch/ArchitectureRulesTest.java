package org.naswot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import ai.djl.ndarray.NDArray;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules that keep the code correct by construction, beside the layering in {@link LayeringTest}. */
class ArchitectureRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.naswot");
    }

    /**
     * DJL's Number overloads (x.mul(0), y.div(9)) wrap the number in a Java buffer that the garbage collector frees while
     * a recorded graph still reads it in its backward pass; networks and proxies use {@code nn.Constants} instead.
     */
    @Test
    void networksAndProxiesNeverPassJavaNumbersToArrayArithmetic() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.naswot.nn..", "org.naswot.score..",
                        "org.naswot.space..")
                .should().callMethod(NDArray.class, "add", Number.class)
                .orShould().callMethod(NDArray.class, "sub", Number.class)
                .orShould().callMethod(NDArray.class, "mul", Number.class)
                .orShould().callMethod(NDArray.class, "div", Number.class)
                .orShould().callMethod(NDArray.class, "pow", Number.class)
                .orShould().callMethod(NDArray.class, "maximum", Number.class)
                .orShould().callMethod(NDArray.class, "minimum", Number.class);
        rule.check(classes);
    }
}
