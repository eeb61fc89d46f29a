package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.BuiltInData;
import org.naswot.testing.SharedData;

/**
 * score and score-space on an NDS space imported from a file written here (the golden networks' nets, small enough
 * to score in a test) and on nb301's built-in table.
 */
class NdsAndNb301CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** DARTS.json: top = golden cell nets 0-2, mid = 3-5 and net 0 with an auxiliary head; last errors 10 + i. */
    private List<JsonNode> importDarts() throws Exception {
        return importDarts(false);
    }

    private List<JsonNode> importDarts(boolean swapFirstTwo) throws Exception {
        List<JsonNode> nets = new ArrayList<>();
        for (JsonNode e : JSON.readTree(SharedData.golden("nds/expected.json").toFile())) {
            if (e.get("net").has("genotype")) {
                nets.add(e.get("net"));
            }
        }
        ObjectNode aux = (ObjectNode) nets.get(0).deepCopy();
        aux.put("aux", true);
        nets.add(aux);
        if (swapFirstTwo) {
            nets.add(0, nets.remove(1));
        }
        ObjectNode root = JSON.createObjectNode();
        for (int i = 0; i < nets.size(); i++) {
            ObjectNode r = ((ArrayNode) root.withArray(i < 3 ? "top" : "mid")).addObject();
            r.set("net", nets.get(i));
            r.putArray("test_ep_top1").add(80.0).add(10.0 + i);
        }
        Path file = dir.resolve("DARTS.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        CliRunner.Result r = CliRunner.run("data", "import", file.toString(), "--data-dir", dir.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(7, JSON.readTree(r.lines()[0]).get("architectures").asInt());
        return nets;
    }

    private String[] common(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--batch-size", "16", "--data-dir", dir.toString(), "--db", dir.resolve("r.sqlite").toString(),
                "--json"));
        return all.toArray(String[]::new);
    }

    @Test
    void scoreSpaceScoresTheImportedEntriesAndSkipsTheAuxiliaryOne() throws Exception {
        List<JsonNode> nets = importDarts();
        CliRunner.Result r = CliRunner.run(common("score-space", "--space", "nds:DARTS", "--all"));
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.lines();
        assertEquals(7, lines.length, r.out());
        for (int i = 0; i < 6; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            assertEquals(i, line.get("index").asInt());
            assertEquals(100 - (10.0 + i), line.get("accuracy").asDouble(), 1e-12);
            assertTrue(line.get("score").asDouble() > 0, lines[i]);
        }
        JsonNode summary = JSON.readTree(lines[6]);
        assertEquals(6, summary.get("n").asInt());
        assertEquals(1, summary.get("skipped").asInt());
        assertEquals("test_accuracy", summary.get("accuracy").asText());
        assertTrue(r.err().contains("auxiliary head"), r.err());

        // score by index and by net agree with each other and with score-space
        CliRunner.Result byIndex = CliRunner.run(common("score", "--space", "nds:DARTS", "--index", "4"));
        CliRunner.Result byArch = CliRunner.run(common("score", "--space", "nds:DARTS", "--arch", nets.get(4).toString()));
        assertEquals(0, byIndex.exitCode(), byIndex.err());
        assertEquals(0, byArch.exitCode(), byArch.err());
        JsonNode a = JSON.readTree(byIndex.out());
        JsonNode b = JSON.readTree(byArch.out());
        assertEquals(4, b.get("index").asInt(), "the net is found among the entries");
        assertEquals(a.get("score").asDouble(), b.get("score").asDouble(), 0.0);
        assertEquals(JSON.readTree(lines[4]).get("score").asDouble(), a.get("score").asDouble(), 0.0);
    }

    /**
     * One network, one score: typed in before its file is imported, it gets the score the imported entry gets (the
     * weight seed follows the net, not its index). And the window's scoring task selects as score-space does: the
     * entry with an auxiliary head is left out (the window used to stop at it), and every score is the same.
     */
    @Test
    void theWindowAndTheCommandLineSelectAndScoreAlikeAndANetHasOneScore() throws Exception {
        JsonNode firstNet = null;
        for (JsonNode e : JSON.readTree(SharedData.golden("nds/expected.json").toFile())) {
            if (e.get("net").has("genotype")) {
                firstNet = e.get("net");
                break;
            }
        }
        CliRunner.Result before = CliRunner.run(common("score", "--space", "nds:DARTS", "--arch", firstNet.toString()));
        assertEquals(0, before.exitCode(), before.err());
        importDarts();
        CliRunner.Result cli = CliRunner.run(common("score-space", "--space", "nds:DARTS", "--all"));
        assertEquals(0, cli.exitCode(), cli.err());
        java.util.Map<Integer, Double> cliScores = new java.util.TreeMap<>();
        for (String line : cli.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("index")) {
                cliScores.put(n.get("index").asInt(), n.get("score").asDouble());
            }
        }
        assertEquals(JSON.readTree(before.out()).get("score").asDouble(), cliScores.get(0), 0.0,
                "net 0 typed in before the import scores as entry 0 after it");

        org.testfx.api.FxToolkit.registerPrimaryStage();
        org.naswot.service.ExplorerSettings settings = new org.naswot.service.ExplorerSettings("nds:DARTS", "cifar10",
                "test_accuracy", org.naswot.data.InputKind.DATASET, 16, 1, org.naswot.score.ReluCounting.REFERENCE,
                "cpu", 0);
        java.util.Map<Integer, Double> windowScores = new java.util.TreeMap<>();
        List<String> notes = new ArrayList<>();
        org.naswot.app.main.ScoringTask task = new org.naswot.app.main.ScoringTask(settings,
                org.naswot.data.DataDirectory.resolve(dir), dir.resolve("window.sqlite"),
                p -> windowScores.put(p.index(), p.score()), notes::add);
        task.run();
        task.get();
        assertEquals(cliScores, windowScores, "same request, same architectures, same scores");
        assertTrue(notes.stream().anyMatch(n -> n.contains("auxiliary head")), notes.toString());
    }

    /** The command line reproduces the reference: the space's name picks the AnyNet stem, one output sets params. */
    @Test
    void scoreWithTheGoldenWeightsAndBatchGivesTheReferenceLogDet() throws Exception {
        JsonNode expected = JSON.readTree(SharedData.golden("nds/expected.json").toFile());
        for (int i : new int[] {0, 6, 9}) {
            JsonNode e = expected.get(i);
            CliRunner.Result r = CliRunner.run("score", "--space", "nds:" + e.get("space").asText(), "--arch",
                    e.get("net").toString(), "--weights", SharedData.golden("nds/nds_" + i + ".npz").toString(),
                    "--batch", SharedData.golden("batch.npy").toString(), "--data-dir", dir.toString(), "--json");
            assertEquals(0, r.exitCode(), r.err());
            JsonNode out = JSON.readTree(r.out());
            assertEquals(e.get("logdet_repo").asDouble(), out.get("score").asDouble(),
                    1e-6 * Math.abs(e.get("logdet_repo").asDouble()), "golden network " + i);
            assertEquals(e.get("diag_repo").asLong(), out.get("relu_units").asLong(), "golden network " + i);
            assertEquals(e.get("params_nc1").asLong(), out.get("params").asLong(), "golden network " + i);
        }
    }

    @Test
    void naswotSearchOverTheImportedEntriesNeverDrawsTheAuxiliaryOne() throws Exception {
        importDarts();
        CliRunner.Result r = CliRunner.run("search", "--space", "nds:DARTS", "--n", "3", "--runs", "3", "--seed", "1",
                "--batch-size", "16", "--data-dir", dir.toString(), "--db", dir.resolve("s.sqlite").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        int runs = 0;
        for (String line : r.lines()) {
            JsonNode run = JSON.readTree(line);
            if (!run.has("chosen_index")) {
                continue;
            }
            runs++;
            int index = run.get("chosen_index").asInt();
            assertTrue(index >= 0 && index < 6, "chosen entry " + index + " (6 is the auxiliary one): " + line);
            // test_ep_top1 of entry i ends with 10 + i
            assertEquals(90.0 - index, run.get("cifar10_test").asDouble(), 1e-9, line);
        }
        assertEquals(3, runs, r.out());
    }

    @Test
    void aReimportedFileIsScoredAgainWhereAnIndexNowHoldsAnotherNetwork() throws Exception {
        importDarts();
        CliRunner.Result first = CliRunner.run(common("score-space", "--space", "nds:DARTS", "--all"));
        assertEquals(0, first.exitCode(), first.err());
        importDarts(true);
        CliRunner.Result second = CliRunner.run(common("score-space", "--space", "nds:DARTS", "--all"));
        assertEquals(0, second.exitCode(), second.err());
        String[] lines = second.lines();
        JsonNode summary = JSON.readTree(lines[lines.length - 1]);
        assertEquals(2, summary.get("computed").asInt(), "entries 0 and 1 changed places: " + second.out());
        assertEquals(4, summary.get("reused").asInt(), second.out());
        // exactly the two moved entries are computed again; the others keep their stored scores
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            if (row.has("arch")) {
                assertEquals(row.get("index").asInt() < 2, !row.get("reused").asBoolean(), line);
            }
        }
    }

    @Test
    void badNdsInputEndsWithOneLine() throws Exception {
        importDarts();
        CliRunner.Result aux = CliRunner.run(common("score", "--space", "nds:DARTS", "--index", "6"));
        assertEquals(2, aux.exitCode());
        assertTrue(aux.err().contains("auxiliary head"), aux.err());
        CliRunner.Result range = CliRunner.run(common("score", "--space", "nds:DARTS", "--index", "7"));
        assertEquals(2, range.exitCode());
        assertTrue(range.err().contains("index 7 is out of range"), range.err());
        CliRunner.Result malformed = CliRunner.run(common("score", "--space", "nds:DARTS", "--arch", "{\"genotype\": 1"));
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("not valid JSON"), malformed.err());
        CliRunner.Result missing = CliRunner.run(common("score-space", "--space", "nds:ENAS", "--sample", "3"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("naswot data import ENAS.json"), missing.err());
        // one line, before any batch is drawn
        assertFalse(missing.err().strip().contains("\n"), missing.err());
    }

    @Test
    void dataStatusShowsImportedNdsSpacesAndListsTheOthersOnOneLine() throws Exception {
        importDarts();
        CliRunner.Result r = CliRunner.run("data", "status", "--data-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("nds:DARTS\n  ok       benchmark-import"), r.out());
        String missingLine = r.out().lines().filter(l -> l.contains("benchmark-import") && l.contains("ENAS"))
                .findFirst().orElseThrow();
        assertFalse(missingLine.contains("DARTS,"), missingLine);
        assertTrue(missingLine.contains("Vanilla_lr-wd_in"), missingLine);
        assertFalse(r.out().contains("nds:ENAS\n"), "one line for the spaces without an import");
    }

    @Test
    void nb301ScoreSpaceCorrelatesWithTheSurrogateAndSaysSo() throws Exception {
        JsonNode table = JSON.readTree(BuiltInData.bytes(BuiltInData.Item.NB301_TABLE)).get("cifar10");
        CliRunner.Result r = CliRunner.run(common("score-space", "--space", "nb301", "--sample", "2", "--seed", "1"));
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.lines();
        assertEquals(3, lines.length, r.out());
        for (int i = 0; i < 2; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            JsonNode row = table.get(line.get("arch").asText());
            assertEquals(line.get("index").asInt(), row.get("idx").asInt(), lines[i]);
            assertEquals(row.get("val_accuracy").asDouble(), line.get("accuracy").asDouble(), 0.0);
        }
        JsonNode summary = JSON.readTree(lines[2]);
        assertEquals("val_accuracy", summary.get("accuracy").asText());
        assertTrue(summary.get("accuracy_label").asText().contains("surrogate"), summary.toString());
        assertEquals(0, summary.get("skipped").asInt());

        // Suite-Zero's own nwot as the column to compare with; the scores come from the store
        CliRunner.Result theirs = CliRunner.run(common("score-space", "--space", "nb301", "--sample", "2", "--seed", "1",
                "--accuracy", "suite_zero_nwot"));
        assertEquals(0, theirs.exitCode(), theirs.err());
        JsonNode first = JSON.readTree(theirs.lines()[0]);
        assertEquals(table.get(first.get("arch").asText()).get("nwot").get("score").asDouble(),
                first.get("accuracy").asDouble(), 0.0);
        assertEquals(0, JSON.readTree(theirs.lines()[2]).get("computed").asInt());

        // the figure command and the window name the surrogate's predictions as such, in the same words
        String kind = "surrogate prediction (NB301 v1.0)";
        org.naswot.run.SpaceContext ctx = org.naswot.run.SpaceContext.open("nb301",
                org.naswot.data.DataDirectory.resolve(dir));
        assertEquals(kind, ctx.accuracyKind("val_accuracy"));
        org.naswot.store.RunInfo run;
        List<org.naswot.score.ScoreResult> scores;
        try (org.naswot.store.ResultStore store = org.naswot.store.ResultStore.openReadOnly(dir.resolve("r.sqlite"))) {
            run = store.runs().get(0);
            scores = store.scores(run.id());
        }
        org.naswot.figures.export.Exportable figure = org.naswot.service.RunFigures.scatter(run, scores, ctx,
                "val_accuracy", 10);
        assertTrue(figure.exportTitle().contains("vs " + kind), figure.exportTitle());
        assertEquals(kind, figure.exportData().header().get(3));

        org.testfx.api.FxToolkit.registerPrimaryStage();
        org.naswot.app.explore.ScoreScatterModel scatter = new org.naswot.app.explore.ScoreScatterModel();
        org.naswot.app.main.ExplorerViewModel vm = new org.naswot.app.main.ExplorerViewModel(
                org.naswot.data.DataDirectory.resolve(dir), dir.resolve("r.sqlite"), scatter);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            vm.space.set("nb301");
            vm.accuracyColumn.set("val_accuracy");
            vm.runList.show(run);
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> scatter.yLabelProperty().get().startsWith(kind));
        assertTrue(scatter.headingProperty().get().endsWith("vs " + kind), scatter.headingProperty().get());
        vm.shutdown();
    }
}
