package org.naswot.app.network;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import org.naswot.data.DataDirectory;
import org.naswot.run.BackgroundPriority;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringSession;
import org.naswot.service.ImportedNetworkScoring;

/** Reads and scores one ONNX network off the FX thread, through the service layer; cancel stops at the next ReLU. */
final class NetworkScoringTask extends Task<ImportedNetworkScoring.Result> {
    private final Path file;
    private final ScoringSession.Config config;
    private final DataDirectory data;
    private final List<String> notes = new CopyOnWriteArrayList<>();

    NetworkScoringTask(Path file, ScoringSession.Config config, DataDirectory data) {
        this.file = file;
        this.config = config;
        this.data = data;
    }

    /** Warnings the scoring gave (batch or device fallbacks, a fixed batch dimension). */
    List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    protected ImportedNetworkScoring.Result call() {
        BackgroundPriority.lowerCurrentThread();
        EngineSetup.threads(null);
        updateMessage("Reading " + file.getFileName() + "...");
        return ImportedNetworkScoring.score(file, config, data, List.of(), notes::add, this::isCancelled,
                (what, done, total) -> {
                    updateMessage(done < total ? "Computing the " + what + " on " + config.dataset() + "..." : "Done");
                    updateProgress(done, total);
                });
    }
}
