package org.naswot.app.explore;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/** Drains streamed points 10 times a second while the scatter is in a scene; correlations at most ~3 times a second. */
final class ScatterPump {
    private final ScoreScatterModel model;
    private int ticks;

    private ScatterPump(ScoreScatterModel model) {
        this.model = model;
    }

    static void install(Node view, ScoreScatterModel model) {
        ScatterPump p = new ScatterPump(model);
        Timeline pump = new Timeline(new KeyFrame(Duration.millis(100), e -> p.once()));
        pump.setCycleCount(Timeline.INDEFINITE);
        view.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                pump.play();
            } else {
                pump.stop();
            }
        });
    }

    private void once() {
        model.drainQueue();
        if (++ticks % 3 == 0) {
            model.refreshStatisticsIfDirty();
        }
    }
}
