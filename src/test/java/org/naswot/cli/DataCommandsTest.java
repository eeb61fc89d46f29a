package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.testing.SharedData;

/** naswot data status / import on the shared data and on temporary data directories. */
class DataCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SSS = SharedData.data("nb201/nats-samples/NATS-sss-v1_0-50262-simple");
    static final Path TSS = SharedData.data("nb201/nats-samples/NATS-tss-v1_0-3ffb9-simple");

    @TempDir
    Path tmp;

    static List<JsonNode> json(CliRunner.Result r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.lines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    static Map<String, JsonNode> bySpaceAndItem(List<JsonNode> items) {
        return items.stream().collect(Collectors.toMap(n -> n.get("space").asText() + " " + n.get("item").asText(),
                n -> n));
    }

    @Test
    void statusOfTheSharedDataNamesWhatIsPresentAndHowToGetTheRest() throws Exception {
        CliRunner.Result r = CliRunner.run("data", "status", "--data-dir", SharedData.dataDir().toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> items = json(r);
        for (JsonNode n : items) {
            for (String field : new String[] {"space", "item", "present", "path", "detail", "action"}) {
                assertTrue(n.has(field), field + " missing in " + n);
            }
            assertEquals(n.get("present").asBoolean(), n.get("action").isNull(), "action exactly when missing: " + n);
        }
        List<String> expectedSpaces = new java.util.ArrayList<>(List.of("nb201", "nats-sss", "nb101", "nb301"));
        org.naswot.space.SpaceCatalog.builtIn().ids().stream().filter(id -> id.startsWith("nds:")).sorted()
                .forEach(expectedSpaces::add);
        // then spaces that modules bring themselves (the tests' toy space, declarative files other tests opened), in
        // the registry's listing order
        org.naswot.spaces.SpaceModules.ordered().stream().map(org.naswot.space.SpaceDescriptor::id)
                .filter(id -> !org.naswot.space.SpaceCatalog.builtIn().ids().contains(id)).forEach(expectedSpaces::add);
        assertEquals(expectedSpaces, items.stream().map(n -> n.get("space").asText()).distinct().toList());
        Map<String, JsonNode> m = bySpaceAndItem(items);
        JsonNode cifar10 = m.get("nb201 cifar10-images");
        assertTrue(cifar10.get("present").asBoolean());
        assertTrue(cifar10.get("detail").asText().startsWith("4,000 training images"), cifar10.toString());
        assertTrue(m.get("nb201 cifar10-split").get("present").asBoolean());
        assertTrue(m.get("nb201 benchmark-table").get("present").asBoolean());
        assertTrue(m.get("nb101 benchmark-table").get("present").asBoolean());
        JsonNode cifar100 = m.get("nb201 cifar100-images");
        assertFalse(cifar100.get("present").asBoolean());
        assertEquals("naswot data download cifar100", cifar100.get("action").asText());
        JsonNode sss = m.get("nats-sss benchmark-import");
        assertFalse(sss.get("present").asBoolean());
        assertTrue(sss.get("required").asBoolean());
        assertEquals("naswot data import <NATS-sss-v1_0-50262-simple.tar>", sss.get("action").asText());
        assertTrue(m.get("nb301 benchmark-table").get("present").asBoolean(), m.get("nb301 benchmark-table").toString());
        JsonNode darts = m.get("nds:DARTS benchmark-import");
        assertFalse(darts.get("present").asBoolean());
        assertEquals("naswot data import <DARTS.json>", darts.get("action").asText());
        assertTrue(m.get("nb201 imagenet16-120-images").get("action").asText().contains("use --input noise"));
        assertFalse(Files.exists(SharedData.data(BenchmarkStore.FILE_NAME)), "status must not create the store");
    }

    @Test
    void importOfTheSssSampleIsSummarisedAndShowsUpInStatus() throws Exception {
        CliRunner.Result r = CliRunner.run("data", "import", SSS.toString(), "--data-dir", tmp.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = json(r).get(0);
        assertEquals("nats", s.get("kind").asText());
        assertEquals("nats-sss", s.get("space").asText());
        assertEquals(1, s.get("architectures").asInt());
        assertTrue(s.get("rows").asInt() > 100, s.toString());
        assertEquals(SSS.toString(), s.get("path").asText());
        assertTrue(s.has("sha256"));
        assertTrue(s.get("imported_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), s.toString());
        assertTrue(r.err().contains("100% (1 of 1 architectures)"), r.err());
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve(BenchmarkStore.FILE_NAME))) {
            assertEquals(79.79, store.value("nats-sss", "8:8:8:8:8", "cifar10", "ori-test", 90, null, "accuracy")
                    .getAsDouble(), 1e-9);
        }

        Map<String, JsonNode> status = bySpaceAndItem(json(CliRunner.run("data", "status", "--data-dir",
                tmp.toString(), "--json")));
        JsonNode sss = status.get("nats-sss benchmark-import");
        assertTrue(sss.get("present").asBoolean(), sss.toString());
        assertEquals(SSS.toString(), sss.get("sources").get(0).get("path").asText());
        assertFalse(status.get("nb201 benchmark-import").get("present").asBoolean());
        JsonNode images = status.get("nb201 cifar10-images");
        assertTrue(images.get("present").asBoolean() && images.get("builtin").asBoolean(), images.toString());
        assertEquals("built-in", images.get("source").asText());
        assertTrue(images.get("detail").asText().contains("4,000 of 50,000 CIFAR-10 training images"), images.toString());
        assertEquals("naswot data download cifar10", images.get("action").asText(), "how to get all images");
        assertFalse(status.get("nb201 cifar100-images").get("present").asBoolean());
        assertEquals("missing", status.get("nb201 cifar100-images").get("source").asText());
    }

    @Test
    void truncatedArchiveIsOneLineNamingTheFileAndLeavesTheStoreUnchanged() throws Exception {
        assertEquals(0, CliRunner.run("data", "import", TSS.toString(), "--data-dir", tmp.toString()).exitCode());
        Path store = tmp.resolve(BenchmarkStore.FILE_NAME);
        List<?> before = sources(store);

        byte[] tar = tarOf(SSS);
        Path cut = tmp.resolve("NATS-sss-v1_0-50262-simple.tar");
        Files.write(cut, java.util.Arrays.copyOf(tar, tar.length / 3));
        CliRunner.Result r = CliRunner.run("data", "import", cut.toString(), "--data-dir", tmp.toString(), "--json");
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertEquals("", r.out());
        String[] errLines = r.err().strip().split("\n");
        String message = errLines[errLines.length - 1];
        assertTrue(message.startsWith("naswot data import: ") && message.contains(cut.toString()), r.err());
        assertTrue(message.contains("truncated at byte ") && message.contains("000000.pickle.pbz2"), message);
        assertEquals(before, sources(store));

        Path fresh = tmp.resolve("fresh");
        CliRunner.Result again = CliRunner.run("data", "import", cut.toString(), "--data-dir", fresh.toString());
        assertEquals(Main.USER_ERROR, again.exitCode());
        assertFalse(Files.exists(fresh.resolve(BenchmarkStore.FILE_NAME)), "a failed first import leaves no store");
    }

    @Test
    void unknownInputCreatesNoStore() throws Exception {
        Path junk = Files.writeString(tmp.resolve("notes.txt"), "hello");
        CliRunner.Result r = CliRunner.run("data", "import", junk.toString(), "--data-dir", tmp.resolve("d").toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertTrue(r.err().contains("unknown benchmark format"), r.err());
        assertFalse(Files.exists(tmp.resolve("d")));
    }

    @Test
    void aCifarArchiveWithTheWrongChecksumIsRefused() throws Exception {
        Path fake = Files.write(tmp.resolve("cifar-10-binary.tar.gz"), new byte[] {1, 2, 3});
        CliRunner.Result r = CliRunner.run("data", "import", fake.toString(), "--data-dir", tmp.toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertTrue(r.err().contains("expected c32a1d4ab5d03f1284b67883e8d87530"), r.err());
        assertFalse(Files.exists(tmp.resolve("cifar10")));
    }

    private static List<String> sources(Path store) {
        try (BenchmarkStore s = BenchmarkStore.open(store)) {
            return s.sources().stream().map(Object::toString).toList();
        }
    }

    static byte[] tarOf(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes); Stream<Path> files = Files.list(dir)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path f : files.sorted().toList()) {
                byte[] content = Files.readAllBytes(f);
                TarArchiveEntry e = new TarArchiveEntry(dir.getFileName() + "/" + f.getFileName());
                e.setSize(content.length);
                tar.putArchiveEntry(e);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
