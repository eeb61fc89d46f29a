package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarative spaces from the command line: spaces validate / show, score and score-space with --space FILE.json,
 * search by score alone, and accuracies imported with data import --mapping for a descriptor that declares them.
 */
class DeclarativeSpaceCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NB201_EXAMPLE = "spaces/examples/nb201.json";
    private static final String FOUR_STAGES = "spaces/examples/macro-4stages.json";

    @TempDir
    Path dir;

    @BeforeAll
    static void noCacheWrites() {
        // the tests never write to the user's cache
        System.setProperty("naswot.openedSpaces", "");
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("data").toString();
        all[args.length + 2] = "--db";
        all[args.length + 3] = dir.resolve("results.sqlite").toString();
        return CliRunner.run(all);
    }

    @Test
    void everyShippedExampleValidates() throws Exception {
        try (var files = Files.list(Path.of("spaces/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                CliRunner.Result r = CliRunner.run("spaces", "validate", f.toString());
                assertEquals(0, r.exitCode(), f + ": " + r.err());
                assertTrue(r.out().contains(": valid, space "), r.out());
            }
        }
    }

    @Test
    void anInvalidDescriptorIsOneLineWithTheFieldPathAndExitTwo() throws Exception {
        String good = Files.readString(Path.of(NB201_EXAMPLE));
        assertInvalid(good.replace("\"block\": \"avg_pool\"", "\"block\": \"avgpool\""),
                "$.operations[4].block: expected one of \"zero\"");
        assertInvalid(good.replace("\"cells\": 5}", "\"cells\": -1}"),
                "$.macro.stages[0].cells: expected an integer from 0 to 64, found -1");
        assertInvalid(good.replace("\"kernel\": 1}", "\"kernel\": 2}"),
                "$.operations[2].kernel: expected an odd kernel");
        assertInvalid(good.replace("\"cell\": {\"nodes\": 4},", ""), "$: missing required field \"cell\"");
        assertInvalid(good.replace("\"nodes\": 4", "\"nodes\": 4, \"edges\": 6"),
                "$.cell: unknown field \"edges\" (expected one of nodes)");
        assertInvalid(good.replace("\"name\": \"skip_connect\"", "\"name\": \"none\""),
                "$.operations[1].name: \"none\" is used twice");
        assertInvalid(good.replace("\"stages\": [", "\"stages\" [").strip(), "not valid JSON at line");
        assertInvalid(good.replace("\"family\": \"dag\"", "\"family\": \"darts\""),
                "$.macro: missing required field \"width\"");
    }

    private void assertInvalid(String text, String expected) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, text);
        CliRunner.Result r = CliRunner.run("spaces", "validate", f.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(f + ": ") && r.err().contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void showListsTheOpsSkeletonAndAnExample() {
        CliRunner.Result r = CliRunner.run("spaces", "show", "spaces/examples/darts.json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("darts-declarative") && r.out().contains("dil_conv 5x5 dilation 2")
                && r.out().contains("reduction cells [2, 5]") && r.out().contains("example   normal:|"), r.out());
        CliRunner.Result list = CliRunner.run("spaces", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("nb201 ") && list.out().contains("darts-declarative"), list.out());
    }

    @Test
    void theNb201DescriptorScoresAnArchStringAsNb201Does() throws Exception {
        String arch = "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|none~2|";
        CliRunner.Result mine = run("score", "--space", NB201_EXAMPLE, "--arch", arch, "--batch-size", "16", "--json");
        CliRunner.Result theirs = run("score", "--space", "nb201", "--arch", arch, "--batch-size", "16", "--json");
        assertEquals(0, mine.exitCode(), mine.err());
        assertEquals(0, theirs.exitCode(), theirs.err());
        JsonNode a = JSON.readTree(mine.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        JsonNode b = JSON.readTree(theirs.out().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
        assertEquals("nb201-declarative", a.get("space").asText());
        assertEquals(arch, a.get("arch").asText());
        assertEquals(b.get("score").asDouble(), a.get("score").asDouble(), 0.0);
        assertEquals(b.get("params").asLong(), a.get("params").asLong());
        assertEquals(b.get("relu_units").asLong(), a.get("relu_units").asLong());
    }

    @Test
    void aSpaceWithoutAccuraciesIsScoredAndSearchedByScoreAlone() {
        CliRunner.Result r = run("score-space", "--space", FOUR_STAGES, "--sample", "3", "--seed", "2",
                "--batch-size", "8", "--workers", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("no accuracies for dag-4stages") && r.out().contains("best score"), r.out());
        CliRunner.Result search = run("search", "--space", FOUR_STAGES, "--n", "2", "--runs", "1", "--batch-size", "8");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("naswot, 1 runs, N=2"), search.out());
        CliRunner.Result rea = run("search", "--space", FOUR_STAGES, "--algorithm", "rea", "--runs", "1");
        assertEquals(2, rea.exitCode());
        assertTrue(rea.err().contains("--algorithm naswot"), rea.err());
    }

    @Test
    void importedAccuraciesAreCorrelatedWithTheScores() throws Exception {
        // the 4-stage example, declaring one imported column; a CSV of accuracies keyed by the arch strings
        String text = Files.readString(Path.of(FOUR_STAGES)).replace("\"id\": \"dag-4stages\"",
                "\"id\": \"dag-4stages-acc\", \"accuracies\": [{\"column\": \"cifar10/valid/200\"}]");
        Path space = dir.resolve("with-acc.json");
        Files.writeString(space, text);
        var spec = org.naswot.space.declarative.DeclarativeSpaces.read(space).spec();
        var cells = org.naswot.space.declarative.DeclarativeSpaces.space(spec);
        StringBuilder csv = new StringBuilder("arch,acc\n");
        StringBuilder indices = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int index = 1000 + 977 * i;
            csv.append(cells.architecture(index).encoding()).append(',').append(60 + i).append('\n');
            indices.append(index).append('\n');
        }
        Files.writeString(dir.resolve("acc.csv"), csv);
        Files.writeString(dir.resolve("indices.txt"), indices);
        Files.writeString(dir.resolve("mapping.json"), "{\"space\": \"dag-4stages-acc\", \"keyColumn\": \"arch\", "
                + "\"metrics\": [{\"column\": \"acc\", \"dataset\": \"cifar10\", \"split\": \"valid\", \"budget\": 200, "
                + "\"metric\": \"accuracy\"}]}");
        CliRunner.Result before = run("score-space", "--space", space.toString(), "--indices",
                dir.resolve("indices.txt").toString(), "--batch-size", "8");
        assertEquals(2, before.exitCode(), "declared but not imported: " + before.out());
        CliRunner.Result imported = CliRunner.run("data", "import", dir.resolve("acc.csv").toString(), "--mapping",
                dir.resolve("mapping.json").toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        CliRunner.Result r = run("score-space", "--space", space.toString(), "--indices",
                dir.resolve("indices.txt").toString(), "--batch-size", "8", "--workers", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = JSON.readTree(r.out().strip().lines().reduce((x, y) -> y).orElseThrow());
        assertEquals(4, summary.get("n").asInt());
        assertEquals("cifar10/valid/200", summary.get("accuracy").asText());
        assertTrue(Double.isFinite(summary.get("kendall_tau").asDouble()), summary.toString());
        long withAccuracy = r.out().lines().filter(l -> l.contains("\"accuracy\":6")).count();
        assertEquals(4, withAccuracy, r.out());
    }
}
