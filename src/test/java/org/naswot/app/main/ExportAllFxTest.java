package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.export.ExportAll;
import org.naswot.app.export.ExportDialog;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.service.RunComparison;
import org.naswot.service.RunReport;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export all… writes the shown run's report folder (issue 29 §4); on the Architectures tab File ▸ Export
 * writes the table's shown rows with the selection marked (issue 26). The save dialog is the test seam's.
 */
@ExtendWith(ApplicationExtension.class)
class ExportAllFxTest {
    static final int ARCHITECTURES = 12;
    private ExplorerViewModel vm;
    private MainWindow window;
    private RunInfo run;
    private Path exportDir;
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempDirectory("naswot-exportall").resolve("results.sqlite");
        exportDir = Files.createTempDirectory("naswot-exportall-out");
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        run = syntheticRun(db, SpaceContext.open("nb201", data));
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(data, db, model);
        window = new MainWindow(vm, new ScoreScatter(model));
        AppMenu menu = new AppMenu(window, vm);
        window.setTop(menu.build());
        menu.setSaveTarget((owner, initialName, extension) -> {
            asked.add(initialName + "|" + extension);
            return exportDir.resolve(initialName);
        });
        Scene scene = window.scene(1280, 820);
        Theme.LIGHT.applyTo(scene);
        menu.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private RunInfo second;

    private RunInfo syntheticRun(Path db, SpaceContext ctx) {
        second = syntheticRun(db, ctx, 2);
        return syntheticRun(db, ctx, 1);
    }

    static RunInfo syntheticRun(Path db, SpaceContext ctx, long seed) {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, seed, 1,
                ReluCounting.REFERENCE, "cpu", "0f".repeat(32));
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "synthetic", ARCHITECTURES);
            for (int k = 0; k < ARCHITECTURES; k++) {
                int index = 7 + 1201 * k;
                String arch = ctx.space().architecture(index).encoding();
                store.addScore(id, new ScoreResult("nb201", index, arch, 1000 + k, 1, 100_000 + k, 0));
                store.addProxyValue(s, index, arch, "synflow", 2.0 * k, 0);
                store.addProxyValue(s, index, arch, "snip", 100.0 - k * k, 0);
            }
            return store.requireRun(id);
        }
    }

    private void showRun(FxRobot robot) throws Exception {
        robot.interact(() -> vm.runList.show(run));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.architectureTable().getTable().getItems().size() == ARCHITECTURES);
    }

    /** File ▸ Export all…, the page's format chosen in its dialog, then OK. */
    private void exportAll(FxRobot robot, RunReport.Format format) {
        robot.clickOn("File").clickOn("Export all…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<RunReport.Format> page = (ChoiceBox<RunReport.Format>) robot.lookup(".report-format").query();
            page.setValue(format);
        });
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportAllWritesTheShownRunsReportFolder(FxRobot robot) throws Exception {
        showRun(robot);
        exportAll(robot, RunReport.Format.HTML);
        Path folder = exportDir.resolve("naswot-report-run" + run.id());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.status.get() != null
                && (vm.status.get().startsWith("Saved the report") || vm.status.get().startsWith("Export all failed")));
        assertTrue(vm.status.get().startsWith("Saved the report of run " + run.id() + " "), vm.status.get());
        assertEquals(List.of("naswot-report-run" + run.id() + "|"), asked, "a folder, named in the save dialog");
        String r = "run" + run.id();
        for (String f : List.of("report.html", r + "-scatter.png", r + "-scatter.svg", r + "-scatter.pdf",
                r + "-scatter.csv", r + "-scatter.py", r + "-proxies.png", r + "-scores.csv", "naswot-report.json")) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f);
        }
        // runs shown together: one report of them all
        robot.interact(() -> vm.runList.showTogether(List.of(second, run)));
        exportAll(robot, RunReport.Format.HTML);
        String both = "naswot-report-run" + second.id() + "-" + run.id();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.status.get() != null
                && (vm.status.get().startsWith("Saved the report of runs") || vm.status.get().contains("failed")));
        assertTrue(vm.status.get().startsWith("Saved the report of runs " + second.id() + ", " + run.id()),
                vm.status.get());
        String page = Files.readString(exportDir.resolve(both).resolve("report.html"));
        assertTrue(page.contains("run" + second.id() + "-scatter.png") && page.contains(r + "-scatter.png"));
    }

    /**
     * Export all… writes Markdown when its dialog says so (as {@code naswot report --format md}), and offers that choice
     * again, also after a restart (kept with the export dialog's answers in the preferences).
     */
    @Test
    void exportAllWritesMarkdownWhenChosenAndRemembersIt(FxRobot robot) throws Exception {
        showRun(robot);
        exportAll(robot, RunReport.Format.MD);
        Path folder = exportDir.resolve("naswot-report-run" + run.id());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.status.get() != null
                && (vm.status.get().startsWith("Saved the report") || vm.status.get().startsWith("Export all failed")));
        assertTrue(vm.status.get().startsWith("Saved the report of run " + run.id() + " (report.md"),
                vm.status.get());
        assertTrue(Files.isRegularFile(folder.resolve("report.md")), "the Markdown page");
        assertTrue(!Files.exists(folder.resolve("report.html")), "no HTML page");
        assertTrue(Files.readString(folder.resolve("report.md")).contains("run" + run.id() + "-scatter.png"));
        String saved = ExportDialog.rememberedJson();
        assertTrue(saved.contains("\"report\":\"MD\""), saved);
        // offered again: the dialog opens on Markdown (cancelled here: nothing is written)
        robot.clickOn("File").clickOn("Export all…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ChoiceBox<RunReport.Format> page = (ChoiceBox<RunReport.Format>) robot.lookup(".report-format").query();
        assertEquals(RunReport.Format.MD, page.getValue());
        robot.clickOn("Cancel");
        // a restart restores it from the preferences' JSON
        ExportDialog.restore(saved.replace("\"MD\"", "\"HTML\""));
        assertEquals(RunReport.Format.HTML, ExportAll.format());
        ExportDialog.restore(saved);
        assertEquals(RunReport.Format.MD, ExportAll.format());
    }

    /**
     * On the Runs tab File ▸ Export writes the runs table as shown (searched, sorted), one column per table column,
     * with '#' lines saying what it holds, rather than "click a point" (issue 26).
     */
    @Test
    void theRunsTabExportsItsShownRows(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.runsView().getModel().reload();
            window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                    .filter(t -> t.getContent() == window.runsView()).findFirst().orElseThrow());
        });
        TableView<RunComparison.Row> table = window.runsView().table();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> {
            TableColumn<RunComparison.Row, ?> id = table.getColumns().get(0);
            id.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(id);
        });
        robot.clickOn("File").clickOn("Export data as CSV…");
        WaitForAsyncUtils.waitForFxEvents();
        Path csv = exportDir.resolve("runs.csv");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("# table: runs: 2 of 2 rows shown", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# statistics: ")), lines.toString());
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        List<String> header = List.of(rows.get(0).split(",", -1));
        assertEquals(table.getVisibleLeafColumns().size(), header.size(), header.toString());
        assertEquals(List.of("run", "label", "tags", "n", "\u03c4"), header.subList(0, 5));
        assertEquals(List.of(Long.toString(run.id()), Long.toString(second.id())),
                rows.subList(1, 3).stream().map(r -> r.split(",")[0]).toList(), "sorted as shown: run descending");
        Object n = table.getColumns().get(3).getCellData(table.getItems().get(0));
        assertEquals(Long.toString(((Double) n).longValue()), rows.get(1).split(",")[3], "n as the table has it");
        assertTrue(vm.status.get().startsWith("Saved the runs table's shown rows"), vm.status.get());
        // searched: only the matching run; Export figure… writes the same table
        robot.interact(() -> ((TextField) robot.from(window.runsView()).lookup(".text-field").query())
                .setText("seed=2"));
        WaitForAsyncUtils.waitForFxEvents();
        Files.delete(csv);
        robot.clickOn("File").clickOn("Export figure…");
        WaitForAsyncUtils.waitForFxEvents();
        lines = Files.readAllLines(csv);
        assertEquals("# table: runs: 1 of 2 rows shown (search 'seed=2')", lines.get(0));
        rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Long.toString(second.id()), rows.get(1).split(",")[0]);
    }

    @Test
    void theArchitecturesTabExportsItsShownRowsWithTheSelectionMarked(FxRobot robot) throws Exception {
        showRun(robot);
        int first = 7;
        int second = 7 + 1201 * 3;
        robot.interact(() -> {
            window.tabs().getSelectionModel().select(1);
            window.linkedSelection().select(Set.of(first, second), first);
        });
        robot.interact(() -> window.architectureTable().searchField().setText("nor_conv_3x3"));
        WaitForAsyncUtils.waitForFxEvents();
        int shown = window.architectureTable().getTable().getItems().size();
        assertTrue(shown > 0 && shown < ARCHITECTURES, "the search filters: " + shown);
        robot.clickOn("File").clickOn("Export data as CSV…");
        WaitForAsyncUtils.waitForFxEvents();
        Path csv = exportDir.resolve("architectures-run" + run.id() + ".csv");
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("# table: architectures of run " + run.id()), lines.get(0));
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals(List.of("index", "arch", "selected"), header.subList(0, 3));
        assertTrue(header.containsAll(List.of("nwot", "synflow", "snip", "params")), header.toString());
        assertEquals(shown, rows.size() - 1, "the shown rows only");
        for (String r : rows.subList(1, rows.size())) {
            String[] f = r.split(",");
            assertTrue(f[1].contains("nor_conv_3x3"), r);
            boolean selected = Set.of(first, second).contains(Integer.parseInt(f[0]));
            assertEquals(Boolean.toString(selected), f[2], r);
        }
        assertTrue(vm.status.get().startsWith("Saved the table's shown rows"), vm.status.get());
        // Export figure… on this tab writes the same table rather than saying there is nothing to export
        Files.delete(csv);
        robot.clickOn("File").clickOn("Export figure…");
        WaitForAsyncUtils.waitForFxEvents();
        // the same file, written a moment later (its "# exported:" time may differ by a second)
        assertEquals(withoutExportTime(lines), withoutExportTime(Files.readAllLines(csv)));
    }

    static List<String> withoutExportTime(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("# exported: ")).toList();
    }
}
