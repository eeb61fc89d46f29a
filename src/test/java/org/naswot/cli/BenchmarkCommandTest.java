package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/** naswot benchmark: the table row and the imported metrics of one architecture. */
class BenchmarkCommandTest {

    @TempDir
    Path tmp;

    private static JsonNode run(String... args) throws Exception {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(1, r.lines().length);
        return DataCommandsTest.JSON.readTree(r.lines()[0]);
    }

    @Test
    void nb201RowOfTheTable() throws Exception {
        JsonNode o = run("benchmark", "--space", "nb201", "--index", "6111", "--data-dir",
                SharedData.dataDir().toString(), "--json");
        assertEquals("nb201", o.get("space").asText());
        assertEquals(6111, o.get("index").asInt());
        assertEquals("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|",
                o.get("arch").asText());
        JsonNode m = o.get("metrics");
        assertEquals(94.37, m.get("cifar10_test_200ep_nats").asDouble(), 0.005, "the best CIFAR-10 cell");
        assertTrue(m.get("params_M").asDouble() > 1.0);
        assertTrue(m.get("nats_unique_str").isTextual());
        assertFalse(m.has("index") || m.has("arch_str"), "index and arch are top-level fields");
        assertEquals(15, m.size(), "every column but index and arch_str: " + m);
    }

    @Test
    void nb201TableAndImportedNatsRecordsTogether() throws Exception {
        Files.createDirectories(tmp.resolve("nb201"));
        Files.copy(SharedData.data("nb201/nb201_accuracies.csv"), tmp.resolve("nb201/nb201_accuracies.csv"));
        assertEquals(0, CliRunner.run("data", "import", DataCommandsTest.TSS.toString(), "--data-dir",
                tmp.toString()).exitCode());
        JsonNode m = run("benchmark", "--space", "nb201", "--index", "0", "--data-dir", tmp.toString(), "--json")
                .get("metrics");
        assertEquals(85.8633, m.get("cifar10/ori-test/200/accuracy").asDouble(), 1e-4);
        assertEquals(85.62, m.get("cifar10/ori-test/200/seed777/accuracy").asDouble(), 1e-9);
        assertEquals(0.129306, m.get("cifar10/params").asDouble(), 1e-12);
        assertEquals(15.64737, m.get("cifar10/flops").asDouble(), 1e-9);
        assertTrue(m.get("cifar10/latency").asDouble() > 0);
        // the table's own (NATS seed-mean) column agrees with the imported records
        assertEquals(m.get("cifar10/ori-test/200/accuracy").asDouble(), m.get("cifar10_test_200ep_nats").asDouble(),
                0.01);
    }

    @Test
    void natsSssFromTheImportOnly() throws Exception {
        Path empty = tmp.resolve("empty");
        CliRunner.Result none = CliRunner.run("benchmark", "--space", "nats-sss", "--index", "0", "--data-dir",
                empty.toString(), "--json");
        assertEquals(Main.USER_ERROR, none.exitCode());
        assertTrue(none.err().contains("naswot data import <NATS-sss-v1_0-50262-simple.tar>"), none.err());

        assertEquals(0, CliRunner.run("data", "import", DataCommandsTest.SSS.toString(), "--data-dir",
                tmp.toString()).exitCode());
        JsonNode o = run("benchmark", "--space", "nats-sss", "--index", "0", "--data-dir", tmp.toString(), "--json");
        assertEquals("8:8:8:8:8", o.get("arch").asText());
        assertEquals(79.79, o.get("metrics").get("cifar10/ori-test/90/accuracy").asDouble(), 1e-9);
        assertTrue(o.get("metrics").has("imagenet16-120/x-test/90/accuracy"));
    }

    @Test
    void importedOfficialFilesDriveTheAppWithoutAnyCsv() throws Exception {
        Path t = tmp.resolve("imported");
        assertEquals(0, CliRunner.run("data", "import", DataCommandsTest.TSS.toString(), "--data-dir",
                t.toString()).exitCode());
        JsonNode o = run("benchmark", "--space", "nb201", "--index", "0", "--data-dir", t.toString(), "--json");
        JsonNode m = o.get("metrics");
        assertEquals(85.86, m.get("cifar10/ori-test/200/accuracy").asDouble(), 0.005);
        assertEquals(85.86, m.get("cifar10_test_200ep_nats").asDouble(), 0.005);
        assertEquals(0.129306, m.get("params_M").asDouble(), 1e-12);
        assertEquals(0.129306, m.get("cifar10/params").asDouble(), 1e-12);
        try (var files = Files.walk(t)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".csv")), "no CSV in the data directory");
        }
    }

    @Test
    void importedValuesTakePrecedenceOverTheTable() throws Exception {
        // a table whose value for cell 0 disagrees with the official records: the import must win
        Path t = tmp.resolve("both");
        Files.createDirectories(t.resolve("nb201"));
        java.util.List<String> lines = Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv"));
        String[] header = lines.get(0).split(",");
        String[] row0 = lines.get(1).split(",", -1);
        int col = java.util.Arrays.asList(header).indexOf("cifar10_test_200ep_nats");
        row0[col] = "50.0";
        lines.set(1, String.join(",", row0));
        Files.write(t.resolve("nb201/nb201_accuracies.csv"), lines);
        JsonNode before = run("benchmark", "--space", "nb201", "--index", "0", "--data-dir", t.toString(), "--json");
        assertEquals(50.0, before.get("metrics").get("cifar10_test_200ep_nats").asDouble(), 1e-12);

        assertEquals(0, CliRunner.run("data", "import", DataCommandsTest.TSS.toString(), "--data-dir",
                t.toString()).exitCode());
        JsonNode after = run("benchmark", "--space", "nb201", "--index", "0", "--data-dir", t.toString(), "--json");
        assertEquals(85.8633, after.get("metrics").get("cifar10_test_200ep_nats").asDouble(), 1e-4);
        org.naswot.run.SpaceContext ctx = org.naswot.run.SpaceContext.open("nb201",
                new org.naswot.data.DataDirectory(t));
        assertEquals(85.8633, ctx.accuracy(0, "cifar10_test_200ep_nats"), 1e-4, "correlations use the import too");
        assertEquals(85.8633, ctx.accuracy(0, "cifar10/ori-test/200"), 1e-4, "imported columns by their own name");
        // cells the sample import lacks keep the table's value
        assertEquals(SpaceTable.value(1), ctx.accuracy(1, "cifar10_test_200ep_nats"), 1e-9);
    }

    /** The built-in table's value of a cell, read independently of the context. */
    private static final class SpaceTable {
        static double value(int index) throws Exception {
            java.util.List<String> lines = Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv"));
            int col = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("cifar10_test_200ep_nats");
            return Double.parseDouble(lines.get(index + 1).split(",", -1)[col]);
        }
    }
}
