package org.naswot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.SpaceModules;

/**
 * One seam per space: a space's own packages ({@code space.nb201}, {@code spaces.nb201}, ...) are used by its module and
 * the spaces built on it, and reached from everywhere else only through {@code SpaceModule} (or a provider a space
 * lists in {@code META-INF/services}: {@code BenchmarkImporter}, {@code NatsSpace}, {@code CsvLayout},
 * {@code CsvRowCheck.Provider}); and no code outside a space's packages spells its id.
 */
class SpaceSeamTest {
    /** Every sub-package of {@code space} and {@code spaces} is one space family's (a new family is covered too). */
    private static final String[] SPACE_PACKAGES = {"org.naswot.space.*..", "org.naswot.spaces.*.."};
    /** A family's own source folder, relative to src/main/java ({@code org/naswot/space/nb201/}, ...). */
    private static final String FAMILY_PACKAGE = "org/naswot/spaces?/[^/]+/.*";

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

    /**
     * Code outside the families' packages names no space by its id: it asks {@code SpaceModules} or a provider. The
     * one exception is {@code SpaceModules.DEFAULT_ID}, the default space of every command and of the window. Comments
     * and help text that mention an id inside a longer string are not code naming a space.
     */
    @Test
    void noCodeOutsideTheSpacesSpellsASpaceId() throws IOException {
        Set<String> ids = new TreeSet<>(List.of("nb201", "nb101", "nb301", "nats-sss", "nds:"));
        SpaceCatalog.builtIn().all().stream().map(SpaceDescriptor::id).forEach(ids::add);
        assertTrue(ids.contains("nds:DARTS") && ids.size() > 10, "the catalog's ids are checked too: " + ids);
        Path root = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.matches(FAMILY_PACKAGE)) {
                    continue;
                }
                scanned++;
                String source = Files.readString(file);
                List<String> lines = source.lines().toList();
                for (JavaStringLiterals.Literal l : JavaStringLiterals.of(source)) {
                    boolean theDefault = relative.equals("org/naswot/spaces/SpaceModules.java")
                            && lines.get(l.line() - 1).contains("DEFAULT_ID = ")
                            && l.text().equals(SpaceModules.DEFAULT_ID);
                    if (ids.contains(l.text()) && !theDefault) {
                        found.add(relative + ":" + l.line() + ": \"" + l.text() + "\"");
                    }
                }
            }
        }
        assertTrue(scanned > 100, "not vacuous: " + scanned + " files outside the families' packages scanned");
        assertEquals(List.of(), found, "space ids spelled outside the space packages: ask SpaceModules or a provider "
                + "the space lists in META-INF/services");
    }

    @Test
    void theLiteralScanSkipsCommentsAndCharacterLiterals() {
        String source = "// \"nb201\"\n/* \"nb101\"\n */ String s = \"a\\\"b\"; char q = '\"';\n"
                + "String t = \"nb301\"; String u = \"\"\"\ntext\"\"\";";
        assertEquals(List.of(new JavaStringLiterals.Literal("a\\\"b", 3), new JavaStringLiterals.Literal("nb301", 4),
                new JavaStringLiterals.Literal("\ntext", 4)), JavaStringLiterals.of(source));
    }
}
