package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.data.Npy;
import org.naswot.data.NpyArray;
import org.naswot.testing.SharedData;

/**
 * Bad input of every class the trust review found: each ends with exit code 2 and one line naming the problem (what
 * was expected, what was found, where), nothing wrong is stored, and nothing is left behind.
 */
class BadInputTest {
    private static final String ARCH_1 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|";

    @TempDir
    Path tmp;

    /**
     * Runs a command that must fail as a user error; returns its error line (the last on stderr: progress and notes
     * may come before it).
     */
    private static String refused(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(Main.USER_ERROR, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        List<String> lines = r.err().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("naswot "), "the error names the command: " + r.err());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("naswot ")).count(), "one error line: " + r.err());
        return last;
    }

    // ---- non-finite inputs -------------------------------------------------------------------------

    @Test
    void nanBatchIsAnErrorNamingTheFileAndPosition() {
        float[] values = new float[2 * 3 * 32 * 32];
        values[3 * 32 * 32 + 5] = Float.NaN; // image 1, channel 0, row 0, column 5
        Path batch = tmp.resolve("nan.npy");
        Npy.write(batch, NpyArray.ofFloats(new int[] {2, 3, 32, 32}, values));
        String line = refused("score", "--arch", ARCH_1, "--batch", batch.toString(), "--json");
        assertTrue(line.contains("nan.npy") && line.contains("NaN at [1, 0, 0, 5]"), line);
    }

    @Test
    void nanWeightsAreAnErrorNamingTheFileAndEntry() throws Exception {
        Path weights = tmp.resolve("nan_weights.npz");
        rewriteNpz(SharedData.golden("arch_0.npz"), weights, "stem.0.weight");
        String line = refused("score", "--index", "0", "--weights", weights.toString(), "--batch",
                SharedData.golden("batch.npy").toString(), "--json");
        assertTrue(line.contains("nan_weights.npz") && line.contains("stem.0.weight") && line.contains("NaN"), line);
    }

    // ---- misleading messages ---------------------------------------------------------------------------

    @Test
    void aChannelsLastBatchSaysExpectedAndFoundShapes() {
        Path batch = tmp.resolve("nhwc.npy");
        Npy.write(batch, NpyArray.ofFloats(new int[] {4, 32, 32, 3}, new float[4 * 32 * 32 * 3]));
        String line = refused("score", "--arch", ARCH_1, "--batch", batch.toString());
        assertTrue(line.contains("[B, 3, 32, 32]") && line.contains("[4, 32, 32, 3]"), line);
        assertFalse(line.contains("libtorch"), "not a native-library problem: " + line);
    }

    @Test
    void anNpyGivenAsWeightsIsNamedAsSuch() {
        String line = refused("score", "--arch", ARCH_1, "--weights", SharedData.golden("batch.npy").toString());
        assertTrue(line.contains("single .npy array, not an .npz"), line);
    }

    @Test
    void oneNonNumericCellIsNamedWithItsLineAndValue() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("nb201"));
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv")));
        String[] header = lines.get(0).split(",");
        int col = List.of(header).indexOf("cifar10valid_valid_200ep_nb201v10");
        String[] row = lines.get(101).split(",", -1);
        row[col] = "n/a?";
        lines.set(101, String.join(",", row));
        Files.write(data.resolve("nb201/nb201_accuracies.csv"), lines);
        String line = refused("score-space", "--sample", "2", "--data-dir", data.toString(), "--db",
                tmp.resolve("r.sqlite").toString());
        assertTrue(line.contains("line 102") && line.contains("'n/a?'"), line);
    }

    // ---- imports are validated row by row, the store unchanged on refusal ------------------------------------

    private Path nb201Csv(String name, java.util.function.UnaryOperator<List<String>> change) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv")));
        lines = change.apply(lines.subList(0, 51));
        Path csv = tmp.resolve(name);
        Files.write(csv, lines);
        return csv;
    }

    private static String withField(String line, int field, String value) {
        String[] f = line.split(",", -1);
        f[field] = value;
        return String.join(",", f);
    }

    @Test
    void csvImportsRefuseBadRowsNamingLineAndColumnAndLeaveTheStoreUnchanged() throws Exception {
        Path data = tmp.resolve("store");
        Path good = nb201Csv("good.csv", l -> l);
        assertEquals(0, CliRunner.run("data", "import", good.toString(), "--data-dir", data.toString()).exitCode());
        long sourcesBefore = sources(data);

        Path malformed = nb201Csv("malformed.csv", l -> {
            List<String> c = new ArrayList<>(l);
            c.set(5, withField(c.get(5), 1, "|nor_conv_3x3~0|+|bogus~0|"));
            return c;
        });
        String line = refused("data", "import", malformed.toString(), "--data-dir", data.toString());
        assertTrue(line.contains("line 6") && line.contains("'arch_str'"), line);

        Path negative = nb201Csv("negative.csv", l -> {
            List<String> c = new ArrayList<>(l);
            c.set(3, withField(c.get(3), 0, "-2"));
            return c;
        });
        line = refused("data", "import", negative.toString(), "--data-dir", data.toString());
        assertTrue(line.contains("line 4") && line.contains("'index'") && line.contains("-2"), line);

        Path swapped = nb201Csv("swapped.csv", l -> {
            List<String> c = new ArrayList<>(l);
            String a = c.get(10);
            String b = c.get(11);
            // swap the rows' contents but keep the index column in order: the archs disagree with the indices
            c.set(10, withField(b, 0, a.split(",")[0]));
            c.set(11, withField(a, 0, b.split(",")[0]));
            return c;
        });
        line = refused("data", "import", swapped.toString(), "--data-dir", data.toString());
        assertTrue(line.contains("line 11") && line.contains("out of order"), line);

        assertEquals(sourcesBefore, sources(data), "refused imports left the store as it was");
    }

    @Test
    void unknownCsvLayoutsNameTheMissingColumnAndAMappingImportsThem() throws Exception {
        Path csv = tmp.resolve("mine.csv");
        Files.writeString(csv, "index,arch_str,my_acc\n0,"
                + "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|skip_connect~1|skip_connect~2|,"
                + "12.5\n");
        String line = refused("data", "import", csv.toString(), "--data-dir", tmp.resolve("d").toString());
        assertTrue(line.contains("cifar10_test_200ep_nats") && line.contains("--mapping"), line);
        assertFalse(Files.exists(tmp.resolve("d/benchmarks.sqlite")), "nothing created");

        Path mapping = tmp.resolve("mapping.json");
        Files.writeString(mapping, "{\"space\": \"nb201\", \"keyColumn\": \"arch_str\", \"indexColumn\": \"index\", "
                + "\"archColumn\": \"arch_str\", \"metrics\": [{\"column\": \"my_acc\", \"dataset\": \"cifar10\", "
                + "\"split\": \"mine\", \"budget\": 5, \"metric\": \"accuracy\"}]}");
        CliRunner.Result r = CliRunner.run("data", "import", csv.toString(), "--mapping", mapping.toString(),
                "--data-dir", tmp.resolve("d").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(DataCommandsTest.JSON.readTree(r.lines()[0]).get("sha256").asText().matches("[0-9a-f]{64}"));
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("d/benchmarks.sqlite"))) {
            assertEquals(12.5, store.value("nb201", "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|"
                    + "skip_connect~1|skip_connect~2|", "cifar10", "mine", 5, null, "accuracy").getAsDouble(), 1e-12);
        }
    }

    @Test
    void everyImportRecordsItsSha256() throws Exception {
        CliRunner.Result r = CliRunner.run("data", "import", DataCommandsTest.TSS.toString(), "--data-dir",
                tmp.resolve("d").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        String sha = DataCommandsTest.JSON.readTree(r.lines()[0]).get("sha256").asText();
        assertTrue(sha.matches("[0-9a-f]{64}"), "a directory import is hashed too: " + sha);
        CliRunner.Result again = CliRunner.run("data", "import", DataCommandsTest.TSS.toString(), "--data-dir",
                tmp.resolve("e").toString(), "--json");
        assertEquals(sha, DataCommandsTest.JSON.readTree(again.lines()[0]).get("sha256").asText(), "same content");
    }

    // ---- leftover state -----------------------------------------------------------------------------------

    @Test
    void refusedCommandsLeaveNoNewDatabase() {
        Path db = tmp.resolve("never.sqlite");
        String[][] cases = {
            {"score-space", "--sample", "0", "--batch-size", "8", "--db", db.toString()},
            {"score-space", "--sample", "20000", "--batch-size", "8", "--db", db.toString()},
            {"score-space", "--sample", "3", "--accuracy", "no_such_column", "--batch-size", "8", "--db", db.toString()},
            {"search", "--n", "3", "--runs", "1", "--oracle", "no_such_column", "--db", db.toString()},
            {"score-space", "--space", "nats-sss", "--sample", "3", "--input", "noise", "--data-dir",
                tmp.resolve("empty").toString(), "--db", db.toString()},
        };
        for (String[] args : cases) {
            refused(args);
            assertFalse(Files.exists(db), String.join(" ", args) + " left " + db);
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUnchanged() throws Exception {
        Path foreign = tmp.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            s.execute("INSERT INTO notes (text) VALUES ('keep me')");
        }
        String line = refused("score", "--arch", ARCH_1, "--input", "noise", "--batch-size", "4", "--db",
                foreign.toString());
        assertTrue(line.contains("not a NASWOT results database"), line);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement s = c.createStatement();
             ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertEquals("delete", mode.getString(1), "the journal mode was not switched to WAL");
        }
        assertFalse(Files.exists(Path.of(foreign + "-wal")));
    }

    // ---- bounded: NDS networks of absurd size ------------------------------------------------------------------

    /** The first golden DARTS net with another width and depth. */
    private static com.fasterxml.jackson.databind.node.ObjectNode dartsNet(int width, int depth) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode e : DataCommandsTest.JSON.readTree(
                SharedData.golden("nds/expected.json").toFile())) {
            if (e.get("net").has("genotype")) {
                com.fasterxml.jackson.databind.node.ObjectNode net = e.get("net").deepCopy();
                net.put("width", width);
                net.put("depth", depth);
                return net;
            }
        }
        throw new AssertionError("no cell network among the goldens");
    }

    /** An NDS file (list form) of these nets, each with a last test error of 10 %. */
    private Path ndsFile(String name, com.fasterxml.jackson.databind.JsonNode... nets) throws Exception {
        com.fasterxml.jackson.databind.node.ArrayNode list = DataCommandsTest.JSON.createArrayNode();
        for (com.fasterxml.jackson.databind.JsonNode net : nets) {
            com.fasterxml.jackson.databind.node.ObjectNode r = list.addObject();
            r.set("net", net);
            r.putArray("test_ep_top1").add(80.0).add(10.0);
        }
        Path file = tmp.resolve(name);
        Files.writeString(file, DataCommandsTest.JSON.writeValueAsString(list));
        return file;
    }

    @Test
    void absurdNdsNetworksAreRefusedBeforeBuildingSayingWhatTheyWouldNeed() throws Exception {
        String line = refused("score", "--space", "nds:DARTS", "--arch", dartsNet(100_000, 8).toString(), "--input",
                "noise", "--batch-size", "4");
        assertTrue(line.contains("too large to score") && line.contains("largest weight alone"), line);
        line = refused("score", "--space", "nds:DARTS", "--arch", dartsNet(1000, 10_000).toString(), "--input",
                "noise", "--batch-size", "4");
        assertTrue(line.contains("too large to score") && line.contains("would need about")
                && line.contains("this machine has"), line);
    }

    @Test
    void importWarnsAboutAbsurdNdsEntriesAndScoreSpaceSkipsThemWithACount() throws Exception {
        Path data = tmp.resolve("nds");
        Path file = ndsFile("DARTS.json", dartsNet(16, 5), dartsNet(100_000, 8), dartsNet(1000, 10_000));
        CliRunner.Result imported = CliRunner.run("data", "import", file.toString(), "--data-dir", data.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("2 of 3 nds:DARTS entries are too large for this machine and score-space "
                + "will skip them"), imported.err());
        CliRunner.Result scored = CliRunner.run("score-space", "--space", "nds:DARTS", "--all", "--input", "noise",
                "--batch-size", "4", "--data-dir", data.toString(), "--db", tmp.resolve("r.sqlite").toString(),
                "--json");
        assertEquals(0, scored.exitCode(), scored.err());
        assertTrue(scored.err().contains("2 of 3 nds:DARTS entries are too large for this machine and are skipped"),
                scored.err());
        com.fasterxml.jackson.databind.JsonNode summary = DataCommandsTest.JSON.readTree(scored.lines()[1]);
        assertEquals(1, summary.get("n").asInt());
        assertEquals(2, summary.get("skipped").asInt());
    }

    // ---- bounded: Spark masters that are wrong or do not answer ----------------------------------------------

    /** score-space --engine spark in its own JVM (Spark's loggers are per process): exit code and stderr. */
    private CliRunner.Result sparkInOwnProcess(Path db, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-D") || a.startsWith("-XX:+Ignore")) {
                command.add(a);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "score-space",
                "--space", "nb201", "--sample", "3", "--input", "noise", "--batch-size", "8", "--data-dir",
                SharedData.dataDir().toString(), "--db", db.toString(), "--engine", "spark"));
        command.addAll(List.of(extra));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "ended");
        return new CliRunner.Result(p.exitValue(), "", err);
    }

    @Test
    void aBadOrSilentSparkMasterIsOneSentenceWithoutSparksLogOrARun() throws Exception {
        Path db = tmp.resolve("spark.sqlite");
        CliRunner.Result bad = sparkInOwnProcess(db, "--master", "nonsense://x");
        assertEquals(Main.USER_ERROR, bad.exitCode(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), "one line, no Spark log: " + bad.err());
        assertTrue(bad.err().contains("Spark could not start with master 'nonsense://x'")
                && bad.err().contains("check --master"), bad.err());

        long started = System.nanoTime();
        CliRunner.Result silent = sparkInOwnProcess(db, "--master", "spark://127.0.0.1:9", "--master-timeout", "3");
        assertEquals(Main.USER_ERROR, silent.exitCode(), silent.err());
        assertEquals(1, silent.err().strip().lines().count(), "one line, no Spark log: " + silent.err());
        assertTrue(silent.err().contains("Spark master 'spark://127.0.0.1:9'")
                && silent.err().contains("--master-timeout"), silent.err());
        assertTrue(System.nanoTime() - started < 90e9, "bounded by the timeout, not Spark's retries");
        assertFalse(Files.exists(db), "refused before a run (or a database) was created");
    }

    // ---- figure output: checked up front, written whole or not at all ---------------------------------------

    @Test
    void figureOutputProblemsAreRefusedBeforeAnyWorkAndLeaveNoFile() throws Exception {
        Path db = tmp.resolve("never-read.sqlite");
        Path plain = tmp.resolve("plain.txt");
        Files.writeString(plain, "x");
        Path png = tmp.resolve("x.png");
        String[][] cases = {
            {tmp.toString(), "is a folder: give a file name in it"},
            {plain.resolve("x.pdf").toString(), plain + " is a file, not a folder"},
            {"/proc/x.pdf", "/proc is the kernel's virtual file system"},
            {"/proc/naswot-bad-input/x.pdf", "cannot create the folder /proc/naswot-bad-input"},
            {tmp.resolve("a".repeat(303) + ".pdf").toString(), "the file name is 307 bytes long"},
        };
        for (String[] c : cases) {
            String line = refused("figure", "--db", db.toString(), "--run", "1", "--out", c[0]);
            assertTrue(line.contains(c[1]), line);
            assertFalse(line.contains("--format"), "not about the format: " + line);
        }
        String line = refused("figure", "--db", db.toString(), "--run", "1", "--out", png.toString(), "--dpi", "100000");
        assertTrue(line.contains("--dpi 100000.0 is outside 10 .. 2400"), line);
        line = refused("figure", "--db", db.toString(), "--run", "1", "--out", png.toString(), "--marks", "--top-k",
                "-1");
        assertTrue(line.contains("--top-k must be at least 1, got -1"), line);
        assertFalse(Files.exists(db), "refused before the database was read");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(plain), left.toList(), "no partial or temporary file left");
        }
    }

    // ---- wrong successes -------------------------------------------------------------------------------------

    @Test
    void aProxyListOfOnlyCommasIsRefused() {
        Path db = tmp.resolve("r.sqlite");
        String line = refused("score-space", "--sample", "2", "--batch-size", "8", "--proxies", ",,,", "--db",
                db.toString());
        assertTrue(line.contains("--proxies names no proxy") && line.contains("--proxies all"), line);
        assertFalse(Files.exists(db));
    }

    @Test
    void aDataDirectoryTableWithSwappedArchitecturesIsRefusedOnLoad() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("nb201"));
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv")));
        int archCol = List.of(lines.get(0).split(",")).indexOf("arch_str");
        String a = lines.get(10).split(",", -1)[archCol];
        String b = lines.get(11).split(",", -1)[archCol];
        lines.set(10, withField(lines.get(10), archCol, b));
        lines.set(11, withField(lines.get(11), archCol, a));
        Files.write(data.resolve("nb201/nb201_accuracies.csv"), lines);
        Path db = tmp.resolve("r.sqlite");
        String line = refused("score-space", "--sample", "2", "--batch-size", "8", "--data-dir", data.toString(),
                "--db", db.toString());
        assertTrue(line.contains("line 11") && line.contains("out of order") && line.contains("index 9 holds " + b),
                line);
        assertFalse(Files.exists(db));
    }

    // ---- misleading: NDS file names and Python's NaN ------------------------------------------------------------

    @Test
    void anNdsFileIsStoredUnderItsSpaceWhateverCopySuffixItsNameHas() throws Exception {
        Path copy = ndsFile("DARTS (1).json", dartsNet(16, 5));
        CliRunner.Result r = CliRunner.run("data", "import", copy.toString(), "--data-dir", tmp.resolve("a").toString(),
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("nds-darts", DataCommandsTest.JSON.readTree(r.lines()[0]).get("space").asText());

        Path foo = ndsFile("FOO.json", dartsNet(16, 5));
        String line = refused("data", "import", foo.toString(), "--data-dir", tmp.resolve("b").toString());
        assertTrue(line.contains("'FOO' names none: pass --space") && line.contains("nds:DARTS"), line);
        assertFalse(Files.exists(tmp.resolve("b/benchmarks.sqlite")), "nothing created");
        r = CliRunner.run("data", "import", foo.toString(), "--space", "nds:DARTS", "--data-dir",
                tmp.resolve("b").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("nds-darts", DataCommandsTest.JSON.readTree(r.lines()[0]).get("space").asText());
        line = refused("data", "import", foo.toString(), "--space", "nds:NOPE", "--data-dir",
                tmp.resolve("c").toString());
        assertTrue(line.contains("--space nds:NOPE is not an NDS space"), line);
    }

    @Test
    void anNdsFileWithPythonsNaNIsImportedAsNotEvaluated() throws Exception {
        Path file = tmp.resolve("DARTS.json");
        Files.writeString(file, "[{\"net\": " + dartsNet(16, 5) + ", \"test_ep_top1\": [80.0, NaN]}, {\"net\": "
                + dartsNet(16, 6) + ", \"test_ep_top1\": [80.0, 12.5]}]");
        CliRunner.Result r = CliRunner.run("data", "import", file.toString(), "--data-dir", tmp.resolve("d").toString(),
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        try (BenchmarkStore store = BenchmarkStore.open(tmp.resolve("d/benchmarks.sqlite"))) {
            assertEquals(2, store.archStrings("nds-darts").size(), "both entries, the NaN one without an accuracy");
            assertEquals(Map.of(1, 87.5), store.metricByIndex("nds-darts", "cifar10", "test", "accuracy"));
        }
    }

    // ---- misleading: file names, binary files ----------------------------------------------------------------

    @Test
    void aDatabaseNameTooLongForTheFileSystemIsSaidSo() {
        Path db = tmp.resolve("a".repeat(300) + ".sqlite");
        String line = refused("score", "--arch", ARCH_1, "--input", "noise", "--batch-size", "4", "--db", db.toString());
        assertTrue(line.contains("the file name is 307 bytes long") && line.contains("choose a shorter name"), line);
        assertFalse(line.contains("SQLITE_CANTOPEN"), line);
    }

    @Test
    void aBinaryIndexFileIsNotText() throws Exception {
        Path indices = tmp.resolve("indices.txt");
        Files.write(indices, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80, '\n'});
        Path db = tmp.resolve("r.sqlite");
        String line = refused("score-space", "--indices", indices.toString(), "--batch-size", "8", "--db",
                db.toString());
        assertTrue(line.contains("is not text (not UTF-8)") && line.contains("one benchmark index per line"), line);
        assertFalse(line.contains("Input length"), line);
        assertFalse(Files.exists(db));
    }

    // ---- proxy settings are checked before a run exists -----------------------------------------------------

    @Test
    void proxiesThatCannotRunOnTheBatchAreRefusedBeforeAnyRun() {
        Path db = tmp.resolve("r.sqlite");
        String line = refused("score-space", "--sample", "2", "--input", "noise", "--batch-size", "8", "--proxies",
                "synflow,snip", "--db", db.toString());
        assertTrue(line.contains("snip need the batch's class labels") && line.contains("--input dataset"), line);
        line = refused("score-space", "--sample", "2", "--batch-size", "1", "--proxies", "zico", "--db",
                db.toString());
        assertTrue(line.contains("zico needs a batch of at least 2 images") && line.contains("--batch-size"), line);
        assertFalse(Files.exists(db), "refused before the run (and its first score) was stored");
    }

    @Test
    void exportOutputIsCheckedUpFrontAndWrittenWhole() throws Exception {
        Path db = tmp.resolve("r.sqlite");
        assertEquals(0, CliRunner.run("score", "--index", "0", "--input", "noise", "--batch-size",
                "4", "--db", db.toString()).exitCode());
        String line = refused("export", "--db", db.toString(), "--run", "1", "--format", "csv", "--out",
                tmp.toString());
        assertTrue(line.contains("is a folder"), line);
        line = refused("export", "--db", db.toString(), "--run", "1", "--format", "csv", "--out", "/proc/x.csv");
        assertTrue(line.contains("/proc is the kernel's virtual file system"), line);
        Path csv = tmp.resolve("out/runs.csv");
        refused("export", "--db", db.toString(), "--run", "99", "--format", "csv", "--out", csv.toString());
        assertFalse(Files.exists(csv), "an unknown run leaves no file");
        assertEquals(0, CliRunner.run("export", "--db", db.toString(), "--run", "1", "--format", "csv", "--out",
                csv.toString()).exitCode());
        assertTrue(Files.readString(csv).lines().count() >= 2, "header and the row");
        try (var left = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), left.toList(), "no temporary file left");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static long sources(Path dataDir) throws Exception {
        try (BenchmarkStore store = BenchmarkStore.open(dataDir.resolve(BenchmarkStore.FILE_NAME))) {
            return store.sources().size();
        }
    }

    /** Copies an .npz, filling one entry with NaN. */
    private static void rewriteNpz(Path from, Path to, String nanEntry) throws Exception {
        try (OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Npy.Entry e : Npy.readNpz(from)) {
                NpyArray a = e.array();
                if (e.name().equals(nanEntry)) {
                    float[] v = a.toFloats();
                    java.util.Arrays.fill(v, Float.NaN);
                    a = NpyArray.ofFloats(a.shape(), v);
                }
                zip.putNextEntry(new ZipEntry(e.name() + ".npy"));
                zip.write(Npy.toBytes(a));
                zip.closeEntry();
            }
        }
    }

    /** The paper's reproduction is NAS-Bench-201's (its module says so): another space is refused, with the way out. */
    @Test
    void reproduceRefusesASpaceThePaperDidNotReproduce() {
        String line = refused("reproduce", "--space", "nb101", "--runs", "1");
        assertTrue(line.contains("reproduce covers the paper's NAS-Bench-201 results (--space nb201)"), line);
    }
}
