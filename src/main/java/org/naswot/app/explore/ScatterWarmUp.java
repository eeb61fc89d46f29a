package org.naswot.app.explore;

import org.naswot.figures.scatter.RankCorrelations;
import org.naswot.figures.scatter.ScatterChartFactory;
import org.naswot.figures.scatter.ScatterDataset;
import java.awt.geom.Rectangle2D;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import org.jfree.chart.JFreeChart;
import org.jfree.fx.FXGraphics2D;
import org.naswot.figures.model.ScorePoint;
import org.naswot.figures.theme.ChartStyle;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

/**
 * Compiles the scatter's drawing code before the first real redraw. Cold, one redraw (JFreeChart, the dot
 * raster, the AWT to JavaFX image conversion) takes hundreds of milliseconds, and the first ones happen
 * just as scoring starts and takes both cores; the JIT-compiled code is shared, so drawing a synthetic chart a
 * few times onto an off-screen canvas, on a background thread, takes those pauses off the FX
 * thread. The canvas is never shown.
 */
public final class ScatterWarmUp {
    private static final int POINTS = 3_000;
    private static final int DRAWS = 25;
    private static final int SNAPSHOTS = 12;
    private static final int SMALL_SNAPSHOTS = 40;
    private static final int CONVERSIONS = 3_000;
    private static final CountDownLatch READY = new CountDownLatch(1);
    private static volatile boolean started;
    private static volatile long startedNanos;
    private static volatile double seconds = Double.NaN;

    private ScatterWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread (the JavaFX toolkit must be running); {@code more} (other warm-ups,
     * e.g. loading the scoring engine) runs on the same thread before the warm-up counts as ready.
     */
    public static Thread start(Runnable more) {
        started = true;
        startedNanos = System.nanoTime();
        Thread t = new Thread(() -> run(more), "naswot-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void run(Runnable more) {
        try {
            ScoreScatterModel model = new ScoreScatterModel();
            SplittableRandom r = new SplittableRandom(1);
            for (int i = 0; i < POINTS; i++) {
                double score = 1600 + 40 * r.nextGaussian();
                model.enqueue(new ScorePoint(i, "warm-up", score, 85 + (score - 1600) / 20 + 3 * r.nextGaussian(),
                        100_000 + r.nextInt(1_400_000), ""));
            }
            // the AWT-to-JavaFX pixel conversion of every redraw: many small calls get it compiled as a whole
            // method (one big image only gets an on-stack replacement, which a later call may not reuse)
            BufferedImage small = new BufferedImage(48, 48,
                    BufferedImage.TYPE_INT_ARGB_PRE);
            WritableImage target = new WritableImage(48, 48);
            for (int i = 0; i < CONVERSIONS; i++) {
                SwingFXUtils.toFXImage(small, target);
            }
            // a record's equals/hashCode link through invokedynamic on first use (50-90 ms): selecting a point
            // compares two, and a run's first correlations reach the chart title
            linkRecordMethods(new ScorePoint(0, "warm-up", 1, 1, 1, ""), new ScorePoint(1, "warm-up", 1, 1, 1, ""));
            linkRecordMethods(RankCorrelations.NONE, RankCorrelations.of(new double[] {1, 2, 3}, new double[] {3, 1, 2}));
            model.drainQueue();
            model.refreshStatisticsIfDirty();
            JFreeChart chart = ScatterChartFactory.create(model.figure(), new ScatterDataset(model.data()), ChartStyle.LIGHT);
            Canvas canvas = new Canvas(900, 600);
            FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
            Rectangle2D area = new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight());
            for (int i = 0; i < DRAWS; i++) {
                // clearing the whole canvas also drops its recorded commands, so nothing accumulates
                canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                chart.draw(g2, area);
            }
            more.run();
            // the render thread converts the canvas's image into a texture; snapshots compile that too
            Canvas tiny = new Canvas(48, 48);
            tiny.getGraphicsContext2D().drawImage(target, 0, 0);
            Platform.runLater(() -> {
                try {
                    for (int i = 0; i < SNAPSHOTS; i++) {
                        canvas.snapshot(null, null);
                    }
                    for (int i = 0; i < SMALL_SNAPSHOTS; i++) {
                        tiny.snapshot(null, null);
                    }
                } finally {
                    seconds = (System.nanoTime() - startedNanos) / 1e9;
                    READY.countDown();
                }
            });
        } catch (RuntimeException | LinkageError e) {
            // only an optimisation: the real chart draws the same way, just slower at first
            System.getLogger(ScatterWarmUp.class.getName()).log(System.Logger.Level.DEBUG, "scatter warm-up failed", e);
            READY.countDown();
        }
    }

    /** How long the warm-up took from start to ready, NaN until it is done. */
    public static double seconds() {
        return seconds;
    }

    /**
     * Waits (off the FX thread) until the warm-up is done, at most {@code timeout}; returns at once when no
     * warm-up was started. Scoring calls this before its first result, so the first redraws are warm.
     */
    public static void awaitReady(Duration timeout) {
        if (!started || Platform.isFxApplicationThread()) {
            return;
        }
        try {
            READY.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void linkRecordMethods(Record a, Record b) {
        a.equals(b);
        a.hashCode();
    }
}
