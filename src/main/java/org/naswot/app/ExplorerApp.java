package org.naswot.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.naswot.app.explore.ScatterWarmUp;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.export.ExportDialog;
import org.naswot.app.lecture.AutoplaySpeed;
import org.naswot.app.lecture.LectureView;
import org.naswot.app.main.AppMenu;
import org.naswot.app.main.ExplorerViewModel;
import org.naswot.app.theme.Preferences;
import org.naswot.app.theme.PreferencesStore;
import org.naswot.app.main.MainWindow;
import org.naswot.app.main.ScoringWarmUp;
import org.naswot.app.theme.Theme;
import org.naswot.common.Version;
import org.naswot.data.DataDirectory;
import org.naswot.figures.scatter.ColourMode;
import org.naswot.service.RunHistory;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The NASWOT Explorer window. Parameters (from {@code naswot gui}): {@code --data-dir}, {@code --db},
 * {@code --space}, {@code --sample}, {@code --seed}, and {@code --screenshot FILE.png}, which scores the sample,
 * saves the window as a PNG once the run has finished, and exits; with it, {@code --axes}, {@code --clip} and
 * {@code --proxy-figure} choose the views shown ({@link ScreenshotChoices}).
 */
public final class ExplorerApp extends Application {
    private ExplorerViewModel vm;
    private PreferencesStore prefsStore;
    private org.naswot.app.explore.ScatterDisplayModel scatterDisplay;
    private org.naswot.app.explore.ScatterChoicesMemory scatterChoices;
    private AppMenu menu;
    private Stage stage;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> p = getParameters().getNamed();
        List<String> raw = getParameters().getRaw();
        DataDirectory data = DataDirectory.resolve(p.containsKey("data-dir") ? Path.of(p.get("data-dir")) : null);
        Path db = p.containsKey("db") ? Path.of(p.get("db")) : RunHistory.defaultDatabase();
        ScoreScatterModel scatterModel = new ScoreScatterModel();
        vm = new ExplorerViewModel(data, db, scatterModel);
        if (p.containsKey("space")) {
            // a descriptor file (--space my-space.json) opens the space it defines
            vm.space.set(org.naswot.service.SearchSpaces.resolve(p.get("space")));
        }
        boolean screenshotMode = p.containsKey("screenshot");
        // screenshots are reproducible: they ignore the user's saved preferences
        prefsStore = screenshotMode ? null : PreferencesStore.standard();
        Preferences prefs = prefsStore == null ? Preferences.defaults() : prefsStore.load();
        applyPreferences(p, prefs, scatterModel);
        ExportDialog.restore(prefs.exportJson());
        AutoplaySpeed.restore(prefs.lectureSeconds());
        ScoreScatter scatter = new ScoreScatter(scatterModel);
        restoreMarkers(prefs, scatter.display());
        MainWindow window = new MainWindow(vm, scatter);
        AppMenu menu = new AppMenu(window, vm);
        window.setTop(menu.build());
        restoreAccuracyColumn(prefs);
        String[] size = p.getOrDefault("size", "1400x860").split("x");
        Scene scene = window.scene(screenshotMode ? Integer.parseInt(size[0]) : prefs.windowWidth(),
                screenshotMode ? Integer.parseInt(size[1]) : prefs.windowHeight());
        Theme.LIGHT.applyTo(scene);
        menu.install(scene);
        menu.setDark(prefs.themeValue() == Theme.DARK);
        // a screenshot ignores the preferences; --large-fonts asks for the lecture's size (review N12's check)
        menu.setLargeFonts(prefs.largeFonts() || screenshotMode && raw.contains("--large-fonts"));
        this.menu = menu;
        this.window = window;
        restoreView(window, prefs, screenshotMode || raw.contains("--run"));
        if (screenshotMode) {
            // the views the screenshot asks for, on this window only: a screenshot saves no preferences
            ScreenshotChoices.of(p).applyTo(window);
        }
        if (prefsStore != null) {
            saveWhenChanged(scatterModel, window);
        }
        this.stage = stage;
        stage.setTitle("NASWOT Explorer " + Version.current());
        stage.setScene(scene);
        stage.show();
        ScatterWarmUp.start(ScoringWarmUp::run);
        scoreAtStart(scene, p.get("screenshot"), raw);
    }

    /** With --screenshot or --run: scores the sample now; a screenshot is saved once the run has settled. */
    private void scoreAtStart(Scene scene, String screenshot, List<String> raw) {
        if (screenshot != null && raw.contains("--all-tabs")) {
            // the Runs tab's screenshot shows the newest sweep's runs grouped
            window.runsView().getModel().showLatestSweep();
        }
        if (screenshot != null || raw.contains("--run")) {
            vm.running.addListener((o, was, now) -> {
                if (!now && screenshot != null) {
                    PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
                    settle.setOnFinished(e -> afterRun(scene, Path.of(screenshot), window, raw.contains("--all-tabs")));
                    settle.play();
                }
            });
            vm.scoring.start();
        }
    }

    /** Before the window exists: its controls start from these values (command-line options first). */
    private void applyPreferences(Map<String, String> p, Preferences prefs, ScoreScatterModel scatterModel) {
        if (!p.containsKey("space") && prefs.lastSpace() != null && vm.spaces().contains(prefs.lastSpace())) {
            vm.space.set(prefs.lastSpace());
        }
        if (p.containsKey("sample")) {
            vm.sample.set(Integer.parseInt(p.get("sample")));
        } else if (prefs.sample() != null && prefs.sample() >= 0) {
            vm.sample.set(prefs.sample());
        }
        if (p.containsKey("seed")) {
            vm.seed.set(Integer.parseInt(p.get("seed")));
        } else if (prefs.seed() != null && prefs.seed() >= 0) {
            vm.seed.set(prefs.seed());
        }
        if (prefs.topK() != null && prefs.topK() >= 0) {
            scatterModel.topKProperty().set(prefs.topK());
        }
        if (prefs.colourMode() != null) {
            try {
                scatterModel.colourModeProperty().set(ColourMode.valueOf(prefs.colourMode()));
            } catch (IllegalArgumentException ignored) {
                // a name from another version: keep the default
            }
        }
    }

    /**
     * Once the window exists: the x axis and the kernel's order as last chosen, and the run last shown (review m8),
     * except where this start scores a new run.
     */
    private void restoreView(MainWindow window, Preferences prefs, boolean scoresNow) {
        menu.settingsPanel().restore(prefs.settingsHidden());
        if (prefs.xAxis() != null && window.scatter().measurePicker().getItems().contains(prefs.xAxis())) {
            window.scatter().getModel().measureProperty().set(prefs.xAxis());
        }
        if (prefs.proxyHidden() != null) {
            window.proxiesView().getModel().hiddenProperty().set(java.util.Map.copyOf(prefs.proxyHidden()));
        }
        window.proxiesView().shownProperty().set(org.naswot.app.proxies.ProxiesShown.parse(prefs.proxyView()));
        if (prefs.kernelByClass() != null) {
            window.heatmap().orderByClassProperty().set(prefs.kernelByClass());
        }
        if (!scoresNow) {
            vm.runList.reopenLast(prefs.lastRun(), vm.space.get());
        }
    }

    /** The accuracy column last plotted, where this space's benchmark has it. */
    private void restoreAccuracyColumn(Preferences prefs) {
        if (prefs.accuracyColumn() != null && vm.descriptor().findBenchmark()
                .map(b -> b.offersY(prefs.accuracyColumn())).orElse(false)) {
            vm.accuracyColumn.set(prefs.accuracyColumn());
        }
    }

    /** The scatter's remembered marker size and opacity, and each space's log axes, trend line and columns. */
    private void restoreMarkers(Preferences prefs, org.naswot.app.explore.ScatterDisplayModel display) {
        scatterDisplay = display;
        if (prefs.markerSize() != null && prefs.markerAlpha() != null) {
            display.markerScaleProperty().set(prefs.markerSize());
            display.alphaProperty().set(prefs.markerAlpha());
        }
        scatterChoices = new org.naswot.app.explore.ScatterChoicesMemory(display, prefs.scatter());
        scatterChoices.follow(vm.space);
    }

    /** Preferences are saved when changed (half a second after the last change), not only on a clean exit. */
    private void saveWhenChanged(ScoreScatterModel scatterModel, MainWindow window) {
        PauseTransition later = new PauseTransition(Duration.millis(500));
        later.setOnFinished(e -> savePreferences());
        for (Observable o : List.of(vm.space, vm.dataset, vm.sample, vm.seed, vm.accuracyColumn,
                scatterModel.colourModeProperty(), scatterModel.topKProperty(), scatterModel.measureProperty(),
                vm.runList.shownRun, window.heatmap().orderByClassProperty(),
                scatterDisplay.markerScaleProperty(), scatterDisplay.alphaProperty(), scatterDisplay.logXProperty(),
                scatterDisplay.logYProperty(), scatterDisplay.trendProperty(), scatterDisplay.colourColumnProperty(),
                scatterDisplay.sizeColumnProperty(), AutoplaySpeed.secondsProperty(),
                window.proxiesView().getModel().hiddenProperty(), menu.settingsPanel().hiddenProperty(),
                window.proxiesView().shownProperty())) {
            o.addListener(x -> later.playFromStart());
        }
        ExportDialog.setOnRemember(later::playFromStart);
    }

    /** Saves the scatter; with allTabs also selects the best cell and saves each tab as FILE-tab.png. */
    private void afterRun(Scene scene, Path file, MainWindow window, boolean allTabs) {
        if (!allTabs) {
            saveAndExit(scene, file, window);
            return;
        }
        save(scene, file, window);
        window.scatter().getModel().topKPoints().stream().findFirst().ifPresent(window.scatter().getModel()::setSelected);
        Timeline poll = new Timeline();
        long start = System.nanoTime();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(500), e -> {
            // --proxy-figure matrix|parallel: its figure is built off the FX thread too
            boolean ready = window.heatmap().kernelProperty().get() != null
                    && window.lecturePane().getCenter() instanceof LectureView
                    && !window.proxiesView().isDrawingMeasures();
            if (ready || System.nanoTime() - start > 180e9) {
                poll.stop();
                String base = file.toString().replaceFirst("\\.png$", "");
                String[] names = {"scatter", "architectures", "cell", "kernel", "lecture", "search", "proxies", "runs"};
                for (int i = 1; i < names.length; i++) {
                    window.tabs().getSelectionModel().select(i);
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    save(scene, Path.of(base + "-" + names[i] + ".png"), window);
                }
                // the Runs tab once more with its sweep form open
                window.runsView().showForm(true);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                save(scene, Path.of(base + "-runs-sweep.png"), window);
                Platform.exit();
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    private void saveAndExit(Scene scene, Path file, MainWindow window) {
        save(scene, file, window);
        Platform.exit();
    }

    private void save(Scene scene, Path file, MainWindow window) {
        WritableImage image = scene.snapshot(null);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.err.printf("naswot gui: saved %s (%d x %d); %s%n", file, (int) image.getWidth(),
                    (int) image.getHeight(), vm.status.get());
            if (Boolean.getBoolean("naswot.pulse.log")) {
                System.err.printf("naswot gui: %s%n", window.pulses().summary());
                System.err.printf("naswot gui: chart warm-up took %.2f s%n", ScatterWarmUp.seconds());
                window.pulses().longGaps().forEach(g -> System.err.println("naswot gui: pause ending " + g));
                window.stallReport().forEach(System.err::print);
            }
        } catch (IOException e) {
            System.err.println("naswot gui: cannot write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.shutdown();
        }
        savePreferences();
    }

    private void savePreferences() {
        if (prefsStore == null || menu == null) {
            return;
        }
        try {
            ScoreScatterModel m = menu.scatterModel();
            // every field comes from the window's state: nothing needs reading back from the file first
            prefsStore.save(Preferences.defaults().withTheme(menu.isDark() ? Theme.DARK : Theme.LIGHT)
                    .withLast(vm.space.get(), vm.dataset.get()).withWindow(stage.getWidth(), stage.getHeight())
                    .withLargeFonts(menu.isLargeFonts()).withChoices(vm.sample.get(), vm.seed.get(),
                            vm.accuracyColumn.get(), m.colourModeProperty().get().name(), m.topKProperty().get())
                    .withExport(ExportDialog.rememberedJson())
                    .withView(vm.runList.shownRun.get() == null ? null : vm.runList.shownRun.get().id(),
                            window.heatmap().orderByClassProperty().get(), m.measureProperty().get())
                    .withMarkers(scatterDisplay.markerScaleProperty().get(), scatterDisplay.alphaProperty().get())
                    .withScatter(scatterChoices.choices())
                    .withLectureSeconds(AutoplaySpeed.secondsProperty().get())
                    .withProxyHidden(window.proxiesView().getModel().hiddenProperty().get())
                    .withSettingsHidden(menu.settingsPanel().hiddenProperty().get())
                    .withProxyView(window.proxiesView().shownProperty().get().name()));
        } catch (IOException e) {
            System.err.println("naswot gui: cannot save preferences: " + e.getMessage());
        }
    }
}
