package org.naswot.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;

/** Tests SpaceCatalog (named SpaceDescriptor* so that it runs with the descriptor tests). */
class SpaceDescriptorCatalogTest {

    @Test
    void findsNb201ByIdAndAliasesIgnoringCase() {
        SpaceCatalog catalog = SpaceCatalog.builtIn();
        assertTrue(catalog.ids().contains("nb201"));
        for (String name : List.of("nb201", "nas-bench-201", "NAS-Bench-201", "nats-tss", " NB201 ")) {
            assertEquals("nb201", catalog.get(name).id(), name);
        }
    }

    @Test
    void unknownSpaceListsTheKnownOnes() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> SpaceCatalog.builtIn().get("darts"));
        assertTrue(e.getMessage().contains("'darts'") && e.getMessage().contains("nb201"), e.getMessage());
    }

    @Test
    void indexFileListsEveryDescriptorInTheSpacesFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Paths.get("spaces"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(onDisk, SpaceCatalog.indexedFileNames().stream().sorted().toList(),
                "add new descriptors to spaces/index.txt");
        assertEquals(onDisk, SpaceCatalog.builtInFileNames());
    }

    @Test
    void listsDescriptorsInsideAJar(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("spaces.jar");
        try (var fs = java.nio.file.FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Files.createDirectories(fs.getPath("/spaces"));
            Files.writeString(fs.getPath("/spaces/index.txt"), "a.json\n");
            Files.writeString(fs.getPath("/spaces/a.json"), "{}");
            Files.writeString(fs.getPath("/spaces/b.json"), "{}");
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            java.net.URL index = loader.getResource("spaces/index.txt");
            assertEquals("jar", index.getProtocol());
            assertEquals(List.of("a.json", "b.json"), SpaceCatalog.listedFileNames(index));
        }
    }

    @Test
    void duplicateNamesAcrossDescriptorsAreRejected() {
        SpaceDescriptor nb201 = SpaceCatalog.builtIn().get("nb201");
        SpaceDescriptor clash = new SpaceDescriptor("other", List.of("NB201"), null, null, null, null, null, null,
                null, null, null);
        UserFacingException e = assertThrows(UserFacingException.class, () -> SpaceCatalog.builtIn().with(clash));
        assertTrue(e.getMessage().contains("NB201"), e.getMessage());
        assertThrows(UserFacingException.class, () -> new SpaceCatalog(List.of(nb201, nb201)));
        SpaceDescriptor extra = new SpaceDescriptor("extra", List.of(), null, null, null, null, null, null, null, null, null);
        assertEquals("extra", SpaceCatalog.builtIn().with(extra).get("EXTRA").id());
    }
}
