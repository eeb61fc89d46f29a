package org.naswot.app.linked;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.naswot.app.main.PulseMonitor;
import org.naswot.app.theme.Theme;
import org.naswot.bench.BenchmarkTable;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.service.ArchitectureTable;
import org.naswot.service.RunHistory;

/**
 * Measurement main (not a test): the Architectures tab (table and details pane, 1280x820) with all 15,625 NB201 cells
 * of the built-in table: every accuracy column and params from the table, the authors' NASWOT v1 score as the score,
 * and one column per registered proxy filled with seeded random numbers (a whole space has no stored proxies; the
 * columns are there so the table is as wide as a run with every proxy). It scrolls (by pixels and by jumps to random
 * rows) and sorts by every column both ways, one action per frame, and prints the gaps between JavaFX pulses and
 * each sort's own time. Run with the test classpath, under Xvfb or with Monocle ({@code -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw}).
 */
public final class ArchitectureTableBenchmark {
    public static void main(String[] args) throws Exception {
        SpaceContext ctx = SpaceContext.open("nb201", new DataDirectory(Files.createTempDirectory("naswot-bench")));
        ArchitectureTable table = wholeNb201(ctx);
        System.out.printf(Locale.ROOT, "%,d rows, %d numeric columns%n", table.size(), table.columns().size());
        Platform.startup(() -> { });
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> run(table, done));
        done.await();
        Platform.exit();
    }

    static ArchitectureTable wholeNb201(SpaceContext ctx) {
        BenchmarkTable b = ctx.table();
        int[] indices = b.indices();
        String[] archs = new String[indices.length];
        double[] params = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            archs[i] = b.arch(indices[i]);
            params[i] = b.params(indices[i]);
        }
        List<ArchitectureTable.Column> others = new ArrayList<>();
        Random rnd = new Random(1);
        for (String id : ProxyRegistry.ids()) {
            double[] v = new double[indices.length];
            Arrays.setAll(v, i -> rnd.nextGaussian());
            others.add(new ArchitectureTable.Column(id, "seeded random numbers", ArchitectureTable.Kind.PROXY, v));
        }
        others.addAll(RunHistory.accuracyColumns(ctx, indices));
        others.add(new ArchitectureTable.Column("params", "parameters", ArchitectureTable.Kind.PARAMS, params));
        double[] score = b.column("naswot_v1_jacov_score_cifar10");
        return ArchitectureTable.of(indices, archs, new ArchitectureTable.Column("nwot",
                "the authors' NASWOT v1 score", ArchitectureTable.Kind.SCORE, score), others);
    }

    private static void run(ArchitectureTable t, CountDownLatch done) {
        ArchitectureTableModel model = new ArchitectureTableModel(null);
        LinkedSelection selection = new LinkedSelection();
        ArchitectureTableView view = new ArchitectureTableView(model, selection);
        ArchitectureDetailsPane details = new ArchitectureDetailsPane(model, selection);
        SplitPane split = new SplitPane(view, details);
        split.setDividerPositions(0.66);
        Stage stage = new Stage();
        Scene scene = new Scene(split, 1280, 820);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        long s0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        model.show(t, null);
        split.applyCss();
        split.layout();
        System.out.printf(Locale.ROOT, "load 15,625 rows into the table and lay it out: %.1f ms (FX thread CPU %.1f ms)%n",
                (System.nanoTime() - s0) / 1e6,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6);
        TableView<Integer> tv = view.getTable();
        VirtualFlow<?> flow = (VirtualFlow<?>) tv.lookup(".virtual-flow");
        List<Runnable> actions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Random rnd = new Random(2);
        // warm-up: the first scrolls and sorts load classes and skins
        for (int i = 0; i < 120; i++) {
            int k = i;
            actions.add(() -> flow.scrollPixels(k % 40 < 20 ? 240 : -120));
            names.add("warm-up");
        }
        for (int i = 0; i < 600; i++) {
            int k = i;
            if (k % 10 == 9) {
                int row = rnd.nextInt(t.size());
                actions.add(() -> tv.scrollTo(row));
                names.add("scroll jump");
            } else {
                actions.add(() -> flow.scrollPixels(k % 200 < 100 ? 72 : -72));
                names.add("scroll");
            }
        }
        for (TableColumn<Integer, ?> c : tv.getColumns()) {
            for (TableColumn.SortType type : TableColumn.SortType.values()) {
                actions.add(() -> {
                    c.setSortType(type);
                    tv.getSortOrder().setAll(List.of(c));
                });
                names.add("sort");
                // a selected row follows the sort: select one, as a user would have
                actions.add(() -> tv.getSelectionModel().clearAndSelect(rnd.nextInt(t.size())));
                names.add("select");
            }
        }
        PulseMonitor pulses = new PulseMonitor();
        List<Double> sortMillis = new ArrayList<>();
        List<Double> scrollMillis = new ArrayList<>();
        List<Double> sortCpu = new ArrayList<>();
        List<Double> scrollCpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AnimationTimer driver = new AnimationTimer() {
            private int next;

            @Override
            public void handle(long now) {
                if (next == 120) {
                    pulses.reset();
                }
                if (next >= actions.size()) {
                    stop();
                    pulses.stop();
                    report(pulses, sortMillis, scrollMillis);
                    System.out.printf(Locale.ROOT, "FX thread CPU time (what the machine's load does not inflate): "
                            + "sort median %.1f ms, max %.1f ms; scroll step median %.1f ms, max %.1f ms%n",
                            median(sortCpu), max(sortCpu), median(scrollCpu), max(scrollCpu));
                    stage.close();
                    done.countDown();
                    return;
                }
                long s = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                actions.get(next).run();
                split.applyCss();
                split.layout();
                double ms = (System.nanoTime() - s) / 1e6;
                double cpu = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                String what = names.get(next);
                if (what.equals("sort")) {
                    sortMillis.add(ms);
                    sortCpu.add(cpu);
                } else if (what.startsWith("scroll")) {
                    scrollMillis.add(ms);
                    scrollCpu.add(cpu);
                }
                next++;
            }
        };
        pulses.start();
        driver.start();
    }

    private static void report(PulseMonitor pulses, List<Double> sorts, List<Double> scrolls) {
        System.out.printf(Locale.ROOT, "%d sorts (every column, both ways) with layout: median %.1f ms, max %.1f ms%n",
                sorts.size(), median(sorts), max(sorts));
        System.out.printf(Locale.ROOT, "%d scroll steps (72 px, and a jump to a random row every 10th) with layout: "
                + "median %.1f ms, max %.1f ms%n", scrolls.size(), median(scrolls), max(scrolls));
        System.out.printf(Locale.ROOT, "pulses while scrolling and sorting: longest gap %.1f ms, 99%% of %d within "
                + "%.1f ms, %d over 100 ms%n", pulses.longestGapMillis(), pulses.frames(),
                pulses.percentileGapMillis(99), pulses.gapsOver(100));
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length == 0 ? Double.NaN : a[a.length / 2];
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
