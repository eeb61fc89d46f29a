package org.naswot.app.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringSession;
import org.naswot.score.ComputeDevice;
import org.naswot.score.ReluCounting;
import org.naswot.service.ExplorerSettings;
import org.naswot.service.RunHistory;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.SpaceModules;
import org.naswot.store.RunInfo;

/**
 * State of the main window: the pickers and the status line, and the parts that act on them: {@link #dataChecks}
 * (what the choice needs from the data directory), {@link #runList} (the stored runs, the one shown) and
 * {@link #scoring} (the running task). Views bind to these properties; nothing here draws.
 */
public final class ExplorerViewModel {
    public final StringProperty space = new SimpleStringProperty(SpaceModules.DEFAULT_ID);
    public final StringProperty dataset = new SimpleStringProperty("cifar10");
    public final StringProperty accuracyColumn = new SimpleStringProperty("cifar10valid_valid_200ep_nb201v10");
    public final ObjectProperty<InputKind> input = new SimpleObjectProperty<>(InputKind.DATASET);
    public final IntegerProperty batchSize = new SimpleIntegerProperty(128);
    public final IntegerProperty seed = new SimpleIntegerProperty(1);
    public final ObjectProperty<ReluCounting> counting = new SimpleObjectProperty<>(ReluCounting.REFERENCE);
    public final ObjectProperty<org.naswot.score.ScoringProtocol> protocol =
            new SimpleObjectProperty<>(org.naswot.score.ScoringProtocol.PAPER);
    public final StringProperty device = new SimpleStringProperty("cpu");
    public final IntegerProperty sample = new SimpleIntegerProperty(200);

    public final BooleanProperty running = new SimpleBooleanProperty(false);
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty status = new SimpleStringProperty("Ready.");
    public final ObservableList<String> notes = FXCollections.observableArrayList();
    /**
     * A warning when the images and the accuracy column are of different datasets (review m9), "" when they agree: the
     * choice stays the user's, the window says what it means.
     */
    public final StringBinding accuracyMismatch = Bindings.createStringBinding(this::accuracyMismatch, space, dataset,
            accuracyColumn, input);

    public final DataChecksViewModel dataChecks;
    public final RunListViewModel runList;
    public final ScoringViewModel scoring;

    private final DataDirectory data;
    private final Path db;
    private final ExecutorService worker = StatusLine.worker("naswot-scoring");

    public ExplorerViewModel(DataDirectory data, Path db, ScoreScatterModel scatter) {
        this.data = data;
        this.db = db;
        StatusLine line = new StatusLine(running, progress, status, notes);
        this.dataChecks = new DataChecksViewModel(data, this::descriptor, dataset, input, seed, line);
        this.runList = new RunListViewModel(new RunHistory(db, data), db, scatter, accuracyColumn, line, worker);
        this.scoring = new ScoringViewModel(this::settings, space, data, db, scatter, runList, line, worker);
        dataChecks.checkData();
        dataset.addListener((o, a, b) -> dataChecks.checkData());
        runList.spaceChosen(space.get());
        space.addListener((o, a, b) -> {
            dataChecks.checkData();
            runList.spaceChosen(b);
            // a failure about the space left behind no longer describes what is chosen (review N15)
            if (!status.isBound() && status.get() != null
                    && (status.get().startsWith("Failed") || status.get().startsWith("Import failed"))) {
                status.set("");
            }
        });
        scatter.measureProperty().addListener((o, a, b) -> runList.reshow());
        // y follows the Accuracy picker as x follows the measure picker (review N25: Suite-Zero's columns on NB301)
        accuracyColumn.addListener((o, a, b) -> runList.reshowAgainst(space.get(), b));
        runList.refreshRuns();
    }

    /** The spaces the window offers, in the modules' order, each followed by the variants its module offers. */
    public List<String> spaces() {
        List<String> keys = new ArrayList<>();
        for (SpaceDescriptor d : SpaceModules.ordered()) {
            keys.addAll(SpaceModules.of(d).pickerKeys(d));
        }
        return keys;
    }

    /** How the picker shows a space key (e.g. a variant's meaning). */
    public static String spaceLabel(String key) {
        return SpaceModules.of(key).pickerLabel(key);
    }

    /** The descriptor of the chosen space (a network variant such as nb101/stem16 shares its space's). */
    public SpaceDescriptor descriptor() {
        String s = space.get();
        return SpaceModules.catalog().get(s.contains("/") ? s.substring(0, s.indexOf('/')) : s);
    }

    private String accuracyMismatch() {
        String column = accuracyColumn.get();
        if (input.get() != InputKind.DATASET || column == null || column.isEmpty()) {
            return "";
        }
        SpaceDescriptor d;
        try {
            d = descriptor();
        } catch (RuntimeException unknown) {
            return "";
        }
        return d.findBenchmark().flatMap(b -> b.findAccuracy(column))
                .filter(a -> a.dataset() != null && !a.dataset().equalsIgnoreCase(dataset.get()))
                .map(a -> "Images are " + datasetName(d, dataset.get()) + ", the accuracy is " + datasetName(d,
                        a.dataset()) + "'s: tau would compare scores on one dataset with accuracies on another. "
                        + "Choose matching Images or Accuracy.")
                .orElse("");
    }

    private static String datasetName(SpaceDescriptor d, String id) {
        return d.datasets().stream().filter(x -> x.id().equalsIgnoreCase(id)).findFirst()
                .map(x -> x.name() == null ? id : x.name()).orElse(id);
    }

    public List<String> devices() {
        return ComputeDevice.available();
    }

    public ExplorerSettings settings() {
        return new ExplorerSettings(space.get(), dataset.get(), accuracyColumn.get(), input.get(), batchSize.get(),
                seed.get(), counting.get(), device.get(), sample.get(), protocol.get());
    }

    /**
     * The settings the plotted scores were computed with: the shown run's own (its seed, batch, counting, network
     * variant), so a kernel recomputed for a point matches its stored score; the pickers' when no run is shown or the
     * run scored a batch file that cannot be drawn again.
     */
    public ScoringSession.Config detailConfig() {
        RunInfo run = runList.shownRun.get();
        if (run != null && !run.settings().dataset().contains(":")) {
            return ScoringSession.Config.replaying(run.settings());
        }
        return settings().scoringConfig();
    }

    static String describe(Throwable t) {
        return UserFacingException.describe(t);
    }

    public DataDirectory data() {
        return data;
    }

    public Path db() {
        return db;
    }

    public void shutdown() {
        scoring.cancel();
        worker.shutdownNow();
    }
}
