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
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
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
    private static final int ARCHITECTURES = 12;
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

    private static RunInfo syntheticRun(Path db, SpaceContext ctx, long seed) {
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

    @Test
    void exportAllWritesTheShownRunsReportFolder(FxRobot robot) throws Exception {
        showRun(robot);
        robot.clickOn("File").clickOn("Export all…");
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
        robot.clickOn("File").clickOn("Export all…");
        String both = "naswot-report-run" + second.id() + "-" + run.id();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.status.get() != null
                && (vm.status.get().startsWith("Saved the report of runs") || vm.status.get().contains("failed")));
        assertTrue(vm.status.get().startsWith("Saved the report of runs " + second.id() + ", " + run.id()),
                vm.status.get());
        String page = Files.readString(exportDir.resolve(both).resolve("report.html"));
        assertTrue(page.contains("run" + second.id() + "-scatter.png") && page.contains(r + "-scatter.png"));
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
        assertEquals(lines, Files.readAllLines(csv));
    }
}
