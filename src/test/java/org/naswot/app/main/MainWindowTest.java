package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.export.ExportDialog;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.lecture.LectureView;
import org.naswot.figures.model.ScorePoint;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headlessly: score a sample, select a point, see the cell and kernel views follow. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private ExplorerViewModel vm;
    private MainWindow window;
    private Path db;
    private Path exportDir;
    private AppMenu menu;

    @Start
    void start(Stage stage) throws Exception {
        db = Files.createTempDirectory("naswot-gui").resolve("results.sqlite");
        exportDir = Files.createTempDirectory("naswot-export");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(DataDirectory.resolve(SharedData.dataDir()), db, model);
        vm.sample.set(12);
        window = new MainWindow(vm, new ScoreScatter(model));
        menu = new AppMenu(window, vm);
        window.setTop(menu.build());
        // Monocle has no native save dialog: the menus and the export dialog are real, the file name is ours
        menu.setSaveTarget((owner, initialName, extension) -> exportDir.resolve(initialName));
        Scene scene = window.scene(1300, 820);
        Theme.LIGHT.applyTo(scene);
        menu.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Every tab's view is found for export (review N1: Cell and Kernel sat under a placeholder and were skipped
     * silently); a tab with nothing drawn yet exports nothing and says so. The chart's right-click is our export.
     */
    @Test
    void everyViewExportsAndAnEmptyOneSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        robot.interact(() -> assertEquals(null, menu.currentFigure(), "no cell shown yet"));
        robot.clickOn("File").clickOn("Export figure…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.status.get().contains("Nothing to export"), vm.status.get());
        String arch = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_3x3~2|";
        robot.interact(() -> window.scatter().getModel().setSelected(
                new org.naswot.figures.model.ScorePoint(-1, arch, 1700, 93, 1_000_000)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertTrue(menu.currentFigure() instanceof org.naswot.app.cell.CellDiagram,
                "the Cell tab's diagram"));
        for (int tab : new int[] {0, 5, 6}) {
            robot.interact(() -> window.tabs().getSelectionModel().select(tab));
            robot.interact(() -> assertTrue(menu.currentFigure() != null, "tab " + tab));
        }
        assertTrue(window.scatter().getViewer().getOnContextMenuRequested() != null, "our right-click menu");
    }

    @Test
    void scoringStreamsIntoThePlotAndSelectionUpdatesTheViews(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> batch = (Spinner<Integer>) robot.lookup(".spinner").nth(0).query();
            batch.getValueFactory().setValue(16);
            @SuppressWarnings("unchecked")
            Spinner<Integer> seed = (Spinner<Integer>) robot.lookup(".spinner").nth(1).query();
            seed.getValueFactory().setValue(7);
        });
        // Enter in a field commits the field; it does not start a run
        @SuppressWarnings("unchecked")
        Spinner<Integer> seedField = (Spinner<Integer>) robot.lookup(".spinner").nth(1).query();
        robot.clickOn(seedField.getEditor());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        org.junit.jupiter.api.Assertions.assertFalse(vm.running.get(), "Enter in the seed field started a run");
        assertEquals(0, vm.runList.runs.size());
        robot.clickOn("Score");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.running.get() || vm.status.get().startsWith("Scored"));
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !vm.running.get());
        assertTrue(vm.status.get().startsWith("Scored 12 architectures"), vm.status.get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().getModel().pointCountProperty().get() == 12);
        assertEquals(12, window.scatter().getModel().data().size());
        // the FX thread updates the list; read it there, not from the test thread
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> vm.runList.runs.size()).get() == 1);
        assertTrue(Files.size(db) > 0);

        Point2D[] screen = new Point2D[1];
        robot.interact(() -> {
            ScorePoint target = window.scatter().getModel().data().plottedPoint(0);
            Point2D onCanvas = window.scatter().canvasPositionOf(target);
            screen[0] = window.scatter().getViewer().getCanvas().localToScreen(onCanvas);
        });
        robot.clickOn(screen[0]);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().selectedProperty().get() != null);
        ScorePoint selected = window.scatter().selectedProperty().get();
        assertNotNull(window.cellDiagram().figureProperty().get(), "the cell diagram shows the selected cell");
        assertTrue(window.cellDiagram().titleProperty().get().contains("#" + selected.index()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.heatmap().kernelProperty().get() != null
                && window.lecturePane().getCenter() instanceof LectureView);
        double[][] k = window.heatmap().kernelProperty().get().k();
        assertEquals(16, k.length, "one row per image of the batch");
        assertEquals(k[0][0], k[5][5]);
        assertTrue(window.heatmap().kernelProperty().get().title().contains(selected.arch()));

        // the lecture's keys drive it after a click into the slide (presentation clickers send Page Down / Right)
        robot.interact(() -> window.tabs().getTabs().stream().filter(t -> t.getContent() == window.lecturePane())
                .findFirst().ifPresent(t -> window.tabs().getSelectionModel().select(t)));
        robot.clickOn(window.lecturePane());
        org.naswot.app.lecture.LectureViewModel lecture = ((LectureView) window.lecturePane().getCenter()).getModel();
        int first = lecture.indexProperty().get();
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first + 1, lecture.indexProperty().get(), "Page Down: next step");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first + 2, lecture.indexProperty().get(), "Right: next step");
        robot.type(javafx.scene.input.KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first + 1, lecture.indexProperty().get(), "Left: previous step");
        robot.type(javafx.scene.input.KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, lecture.indexProperty().get(), "Home: first step");
        LectureView lectureView = (LectureView) window.lecturePane().getCenter();
        robot.clickOn("Skip to the score");
        assertEquals(lecture.stepCount() - 1, lecture.indexProperty().get(), "skip: straight to the score");
        // presentation mode hides the settings (and the menus) and brings them back
        robot.interact(() -> lectureView.presentingProperty().set(true));
        assertTrue(window.isPresenting());
        assertTrue(window.tabs().getStyleClass().contains("presenting"), "no tab strip while presenting");
        assertTrue(!window.getBottom().isVisible(), "no status bar while presenting");
        robot.interact(() -> lectureView.presentingProperty().set(false));
        org.junit.jupiter.api.Assertions.assertFalse(window.isPresenting());
        robot.interact(() -> window.tabs().getSelectionModel().select(0));

        // reopening the stored run brings every point back from the database
        robot.interact(() -> vm.runList.show(vm.runList.runs.get(0)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing run")
                && window.scatter().getModel().pointCountProperty().get() == 12);
        assertTrue(vm.status.get().contains("12 architectures"), vm.status.get());

        // renaming keeps the list's selection and the shown run carries the new name (review N18)
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.naswot.store.RunInfo> list =
                (javafx.scene.control.ListView<org.naswot.store.RunInfo>) robot.lookup(".list-view").queryAll().stream()
                        .filter(n -> n instanceof StoredRunsList).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing run"));
        robot.interact(() -> vm.runList.renameRun(vm.runList.runs.get(0), "seed seven"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.runList.shownRun.get() != null
                && "seed seven".equals(vm.runList.shownRun.get().displayName()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list.getSelectionModel().getSelectedItems().size(), "the renamed run stays selected");
        assertEquals("seed seven", list.getSelectionModel().getSelectedItem().displayName());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing run")
                && window.scatter().getModel().pointCountProperty().get() == 12);

        // File > Export figure… for each format, through the real export dialog
        robot.interact(() -> window.tabs().getSelectionModel().select(0));
        // the pickers move on after the run; the figure's provenance must still describe the run shown
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> seed = (Spinner<Integer>) robot.lookup(".spinner").nth(1).query();
            seed.getValueFactory().setValue(5);
        });
        for (ExportDialog.Format format : List.of(ExportDialog.Format.PNG, ExportDialog.Format.SVG, ExportDialog.Format.PDF)) {
            robot.clickOn("File").clickOn("Export figure…");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<ExportDialog.Format> formats = (ComboBox<ExportDialog.Format>) robot.lookup(".dialog-pane .combo-box")
                        .nth(0).query();
                formats.setValue(format);
                ((CheckBox) robot.lookup("Also write the data as CSV").query()).setSelected(format == ExportDialog.Format.PNG);
            });
            robot.clickOn("OK");
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<Path> written;
        try (Stream<Path> files = Files.list(exportDir)) {
            written = files.sorted().toList();
        }
        assertEquals(4, written.size(), "png, its csv, svg, pdf: " + written);
        Path png = only(written, ".png");
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1050, image.getWidth(), "single column, 3.5 in at 300 DPI");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 2), "print theme: white background");
        String pngText = new String(Files.readAllBytes(png), StandardCharsets.ISO_8859_1);
        assertTrue(pngText.contains("naswot:space") && pngText.contains("nb201"), "provenance in the PNG's text chunks");
        String svg = Files.readString(only(written, ".svg"));
        assertTrue(svg.contains("<svg") && svg.contains("naswot:seed"), "an SVG with provenance");
        String pdf = new String(Files.readAllBytes(only(written, ".pdf")), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"), "a PDF");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(only(written, ".pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("\u03c4") && text.contains("\u03c1"), "Kendall tau and Spearman rho as text: " + text);
            assertEquals("nb201", doc.getDocumentInformation().getCustomMetadataValue("naswot:space"));
            assertEquals("7", doc.getDocumentInformation().getCustomMetadataValue("naswot:seed"), "the run's own seed");
            assertTrue(org.naswot.testing.PdfChecks.fonts(doc).stream().allMatch(
                    org.apache.pdfbox.pdmodel.font.PDFont::isEmbedded), "every font embedded");
        }
        List<String> csv = Files.readAllLines(only(written, ".csv"));
        assertEquals(12, csv.stream().filter(l -> !l.startsWith("#")).count() - 1, "one row per plotted cell plus a header");

        // File > Export data as CSV… writes the same data without a dialog in between
        try (Stream<Path> files = Files.list(exportDir)) {
            files.forEach(f -> f.toFile().delete());
        }
        robot.clickOn("File").clickOn("Export data as CSV…");
        WaitForAsyncUtils.waitForFxEvents();
        try (Stream<Path> files = Files.list(exportDir)) {
            written = files.toList();
        }
        assertEquals(1, written.size(), written.toString());
        // the same data, written a moment later (its "# exported:" time may differ by a second)
        assertEquals(ExportAllFxTest.withoutExportTime(csv),
                ExportAllFxTest.withoutExportTime(Files.readAllLines(written.get(0))));
    }

    private static Path only(List<Path> files, String suffix) {
        List<Path> matching = files.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        assertEquals(1, matching.size(), suffix + " in " + files);
        return matching.get(0);
    }

    @Test
    void aResumedRunShowsOneTau(FxRobot robot) throws Exception {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> batch = (Spinner<Integer>) robot.lookup(".spinner").nth(0).query();
            batch.getValueFactory().setValue(8);
            vm.sample.unbind();
            vm.sample.set(4);
        });
        robot.interact(() -> vm.scoring.start());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.running.get() && vm.status.get().startsWith("Scored"));
        // a larger sample with the same seed: its first cells come from the database, the rest are new
        robot.interact(() -> {
            vm.sample.set(8);
            vm.scoring.start();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.running.get() && vm.status.get().startsWith("Scored"));
        assertTrue(vm.status.get().contains("from the database"), vm.status.get());
        ScoreScatterModel model = window.scatter().getModel();
        assertEquals(8, model.data().size(), "every point of the run, the last one too");
        assertEquals(1, model.data().groups().size(), "stored and new scores are one run: " + model.data().groups());
        assertEquals(8, model.getCorrelations().n());
        assertTrue(model.getTitle().contains("\u03c4") && !model.getTitle().contains("per group"), model.getTitle());

        // Score again on the identical finished request: shown again, not recorded twice
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> vm.runList.runs.size()).get() == 2);
        robot.interact(() -> vm.scoring.start());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.running.get() && vm.status.get().startsWith("Scored"));
        assertEquals(2, WaitForAsyncUtils.asyncFx(() -> vm.runList.runs.size()).get(), "no duplicate run");

        // the history: both runs overlaid, each with its own tau and a bootstrap interval
        java.util.List<org.naswot.store.RunInfo> both = WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(vm.runList.runs)).get();
        robot.interact(() -> vm.runList.showTogether(both));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.status.get().startsWith("Showing 2 runs")
                && model.pointCountProperty().get() == 12);
        robot.interact(model::refreshStatistics);
        assertEquals(2, model.groupCorrelations().size(), model.getTitle());
        assertEquals(2, model.groupTauIntervals().size(), "a bootstrap interval per run");
        assertTrue(model.getTitle().contains("per group") && model.getTitle().contains("["), model.getTitle());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> vm.runList.runTaus.size()).get() == 2);
        String listed = RunListText.of(both.get(1), vm.runList.runTaus.get(both.get(1).id()));
        assertTrue(listed.contains("seed 1") && listed.contains("n 8") && listed.contains("\u03c4 "), listed);

        // rename and delete
        robot.interact(() -> vm.runList.renameRun(both.get(0), "first try"));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> vm.runList.runs.get(0).displayName()).get().equals("first try"));
        robot.interact(() -> vm.runList.deleteRun(both.get(0)));
        assertEquals(1, WaitForAsyncUtils.asyncFx(() -> vm.runList.runs.size()).get());
    }
}
