package org.naswot.arch;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                        "org.naswot.space..", "org.naswot.onnx..")
                .should().callMethod(NDArray.class, "add", Number.class)
                .orShould().callMethod(NDArray.class, "sub", Number.class)
                .orShould().callMethod(NDArray.class, "mul", Number.class)
                .orShould().callMethod(NDArray.class, "div", Number.class)
                .orShould().callMethod(NDArray.class, "pow", Number.class)
                .orShould().callMethod(NDArray.class, "maximum", Number.class)
                .orShould().callMethod(NDArray.class, "minimum", Number.class);
        rule.check(classes);
    }

    /** No cycle between packages, sub-packages included. */
    @Test
    void packagesFormNoCycles() {
        slices().matching("org.naswot.(**)").should().beFreeOfCycles().check(classes);
    }

    /** Figures render without a window: no JavaFX and nothing of the app, so the CLI and the window draw alike. */
    @Test
    void figuresAreHeadless() {
        noClasses().that().resideInAPackage("org.naswot.figures..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.naswot.app..")
                .check(classes);
    }

    /** Nor do the top-level features (space, nn, score, run, service, cli, app, ...) depend on each other in a ring. */
    @Test
    void featuresFormNoCycles() {
        slices().matching("org.naswot.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** No view or view-model opens the results database: they go through the service layer. */
    @Test
    void theWindowDoesNotOpenTheStore() {
        noClasses().that().resideInAPackage("org.naswot.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.naswot.store.ResultStore")
                .check(classes);
    }

    /** libtorch's engine internals (JNI calls, engine arrays) stay in the network and scoring code. */
    @Test
    void onlyNetworksAndScoringTouchThePyTorchEngine() {
        noClasses().that().resideOutsideOfPackages("org.naswot.nn..", "org.naswot.score..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl.pytorch..")
                .check(classes);
    }

    /** Only the command line prints to standard output (the window reports in its own views). */
    @Test
    void onlyTheCommandLineWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage("org.naswot.cli..")
                .should().accessField(System.class, "out")
                .check(classes);
    }

    /** The command line reaches the window's code only to launch it. */
    @Test
    void theCommandLineReachesTheAppOnlyToLaunchIt() {
        noClasses().that().resideInAPackage("org.naswot.cli..")
                .and().doNotHaveSimpleName("GuiCommand")
                .should().dependOnClassesThat().resideInAPackage("org.naswot.app..")
                .check(classes);
    }
}
