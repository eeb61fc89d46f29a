package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.naswot.testing.PythonModules;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.testing.SharedData;

/** Issue 29 §4: the report folder holds every figure in three formats, each CSV with its script, and the page. */
class RunReportTest {
    private static final ScoringSettings SETTINGS = new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 8, 1L,
            2L, ReluCounting.REFERENCE, "cpu", "0f".repeat(32));
    private static final Pattern COLUMNS = Pattern.compile("(?m)^COLUMNS = \\[(.*)]$");

    @TempDir
    Path dir;

    private RunHistory history() {
        Path db = dir.resolve("r.sqlite");
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        SpaceContext ctx = SpaceContext.open("nb201", data);
        try (ResultStore store = ResultStore.open(db)) {
            long run = store.startRun(SETTINGS, "report test", 4);
            int[] indices = {3, 50, 700, 9000};
            for (int k = 0; k < indices.length; k++) {
                Architecture a = ctx.space().architecture(indices[k]);
                store.addScore(run, new ScoreResult("nb201", a.index(), a.encoding(), 1000 + 10 * k, 100, 5000, 0.1));
                store.addProxyValue(SETTINGS, a.index(), a.encoding(), "synflow", 3.0 * k, 0.1);
                store.addProxyValue(SETTINGS, a.index(), a.encoding(), "snip", 10.0 - k, 0.1);
            }
        }
        return new RunHistory(db, data);
    }

    @Test
    void theFolderHoldsEveryFigureItsDataWithScriptsAndThePage() throws IOException {
        RunHistory history = history();
        Path out = dir.resolve("report");
        List<String> notes = new ArrayList<>();
        RunReport.Written w = new RunReport(history).write(List.of(1L), out, RunReport.Format.HTML, notes::add);

        assertEquals(out.toAbsolutePath().normalize(), w.folder());
        Set<String> files = names(out);
        assertEquals(new TreeSet<>(w.files()), files);
        for (String figure : List.of("run1-scatter", "run1-cell", "run1-kernels", "run1-proxies")) {
            for (String ext : List.of(".png", ".svg", ".pdf", ".csv", ".py")) {
                assertTrue(files.contains(figure + ext), figure + ext + " in " + files);
            }
        }
        assertTrue(files.containsAll(List.of("run1-proxies-matrix.csv", "run1-proxies-matrix.py", "run1-scores.csv",
                "run1-scores.py", "report.html", ReportFolder.MANIFEST)), files.toString());
        // every CSV has its script, and every script reads only columns its CSV has
        for (String f : files) {
            if (f.endsWith(".csv")) {
                String py = Files.readString(out.resolve(f.replace(".csv", ".py")));
                assertTrue(py.contains("with_name(\"" + f + "\")"), f);
                assertTrue(header(out.resolve(f)).containsAll(columnsRead(py)), f + ": " + columnsRead(py));
            }
        }
        assertTrue(columnsRead(Files.readString(out.resolve("run1-scatter.py"))).containsAll(List.of("score",
                "accuracy")));
        assertTrue(header(out.resolve("run1-scores.csv")).containsAll(List.of("synflow", "snip")),
                "the scores carry the stored proxies");

        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("<img src=\"run1-scatter.png\""), page);
        assertTrue(page.contains("Kendall \u03c4") && page.contains("Spearman \u03c1") && page.contains("n = 4"),
                page);
        assertTrue(page.contains("<th>batch-size</th><td>8</td>") && page.contains("<th>run</th><td>1</td>"), page);
        for (String f : files) {
            if (!f.equals("report.html") && !f.equals(ReportFolder.MANIFEST)) {
                assertTrue(page.contains("\"" + f + "\""), "the page links " + f);
            }
        }
        assertTrue(Files.size(out.resolve("run1-scatter.png")) > 1000);
        assertTrue(Files.readString(out.resolve("run1-scatter.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(notes.stream().noneMatch(n -> n.contains("left out:")), "no figure left out: " + notes);
        assertTrue(notes.stream().anyMatch(n -> n.contains("no stored values in run 1: grad_norm")), notes.toString());
        assertTrue(page.contains("no stored values in run 1"), "the page says what the heatmap leaves out");
    }

    @Test
    void markdownToAnEarlierReportReplacesItAndAForeignFolderIsRefused() throws IOException {
        RunHistory history = history();
        RunReport report = new RunReport(history);
        Path out = dir.resolve("again");
        report.write(List.of(1L), out, RunReport.Format.HTML, n -> { });
        report.write(List.of(1L), out, RunReport.Format.MD, n -> { });
        Set<String> files = names(out);
        assertTrue(files.contains("report.md") && !files.contains("report.html"), "replaced whole: " + files);
        assertTrue(Files.readString(out.resolve("report.md")).contains("![" ), "figures embedded");

        Path foreign = dir.resolve("mine");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.tex"), "x");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> report.write(List.of(1L), foreign, RunReport.Format.HTML, n -> { }));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(Set.of("thesis.tex"), names(foreign), "untouched");

        Path fresh = dir.resolve("fresh");
        assertThrows(UserFacingException.class, () -> report.write(List.of(1L, 9L), fresh, RunReport.Format.HTML,
                n -> { }));
        assertFalse(Files.exists(fresh), "an unknown run leaves no folder");
        // a run without scores fails once the folder is staged: nothing is left, not even the parents made for it
        try (ResultStore store = ResultStore.open(dir.resolve("r.sqlite"))) {
            store.startRun(SETTINGS, "empty", 3);
        }
        Path deep = dir.resolve("new").resolve("deeper").resolve("rep");
        UserFacingException empty = assertThrows(UserFacingException.class,
                () -> report.write(List.of(1L, 2L), deep, RunReport.Format.HTML, n -> { }));
        assertTrue(empty.getMessage().contains("run 2 has no scores"), empty.getMessage());
        assertFalse(Files.exists(dir.resolve("new")), "no partial folder");
        // and an earlier report survives a failed rewrite whole
        UserFacingException again = assertThrows(UserFacingException.class,
                () -> report.write(List.of(1L, 2L), out, RunReport.Format.HTML, n -> { }));
        assertTrue(again.getMessage().contains("run 2 has no scores"));
        assertTrue(Files.isRegularFile(out.resolve("report.md")) && Files.isRegularFile(out.resolve("run1-cell.png")));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging left");
        }
    }

    /**
     * Every script runs with python3 and draws its figure from its CSV. Skipped, saying so, only where python3 lacks
     * pandas or matplotlib (CI machines without them).
     */
    @Test
    void everyScriptRedrawsItsFigureWithPython() throws Exception {
        java.util.Optional<String> python = PythonModules.interpreterWith("pandas", "matplotlib", "numpy");
        org.junit.jupiter.api.Assumptions.assumeTrue(python.isPresent(), () -> "python3 lacks "
                + PythonModules.missing("pandas", "matplotlib", "numpy") + ": the report's scripts were not run "
                + "(apt-get install python3-pandas python3-matplotlib)");
        Path out = dir.resolve("py");
        new RunReport(history()).write(List.of(1L), out, RunReport.Format.MD, n -> { });
        for (String f : names(out)) {
            if (f.endsWith(".py")) {
                Path png = dir.resolve(f + ".png");
                Process p = new ProcessBuilder(python.get(), out.resolve(f).toString(), png.toString())
                        .redirectErrorStream(true).start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.waitFor(), f + ": " + said);
                assertTrue(Files.size(png) > 1000, f + " drew " + png);
            }
        }
    }

    /** The columns a script lists in {@code COLUMNS = [...]}. */
    static List<String> columnsRead(String py) {
        Matcher m = COLUMNS.matcher(py);
        assertTrue(m.find(), "COLUMNS in " + py);
        List<String> out = new ArrayList<>();
        Matcher q = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(m.group(1));
        while (q.find()) {
            out.add(q.group(1));
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static List<String> header(Path csv) throws IOException {
        String line = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        return List.of(line.split(","));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
