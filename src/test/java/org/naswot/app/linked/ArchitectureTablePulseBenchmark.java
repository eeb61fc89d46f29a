package org.naswot.app.linked;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.service.ArchitectureTable;

/**
 * Measurement main (not a test): the FX thread's CPU time of whole pulses on the Architectures tab (1280x820, the
 * whole-NB201 table of {@link ArchitectureTableBenchmark}). One action per pulse, as a user's click or key press
 * comes: the action, then JavaFX's own CSS pass (dirty nodes only), layout and scene sync, measured from the pulse
 * that runs the action to the next pulse. ({@code node.applyCss()}, which the older benchmarks call after each
 * action, restyles the whole window each time: about 10 ms that a real pulse does not spend.) Measured: sorts by
 * every column up, then down, as header clicks do them, with no row selected and with a random
 * row selected in the pulse before (the view then scrolls to it); 200 page-downs (one viewport height less a row,
 * from the top) and a drag of the scrollbar's thumb from the top to the bottom in 200 steps. A shorter pass of each
 * comes first, as a warm-up. Prints median and max per kind. Run as
 * ArchitectureTableBenchmark is run.
 */
public final class ArchitectureTablePulseBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        SpaceContext ctx = SpaceContext.open("nb201", new DataDirectory(Files.createTempDirectory("naswot-bench")));
        ArchitectureTable table = ArchitectureTableBenchmark.wholeNb201(ctx);
        Platform.startup(() -> { });
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> start(table, done));
        done.await();
        Platform.exit();
    }

    /** One step: what it does, and the kind its pulse is counted as (null: not counted). */
    private record Step(String kind, Runnable action) {
    }

    private static void start(ArchitectureTable t, CountDownLatch done) {
        ArchitectureTableModel model = new ArchitectureTableModel(null);
        LinkedSelection selection = new LinkedSelection();
        ArchitectureTableView view = new ArchitectureTableView(model, selection);
        SplitPane split = new SplitPane(view, new ArchitectureDetailsPane(model, selection));
        split.setDividerPositions(0.66);
        Stage stage = new Stage();
        stage.setScene(new Scene(split, 1280, 820));
        Theme.LIGHT.applyTo(stage.getScene());
        stage.show();
        model.show(t, null);
        TableView<Integer> tv = view.getTable();
        List<Step> steps = new ArrayList<>();
        // a few pulses for the first layout
        for (int i = 0; i < 5; i++) {
            steps.add(new Step(null, () -> { }));
        }
        Random rnd = new Random(2);
        // a warm-up pass (classes load, code compiles), then the measured one
        addSorts(steps, tv, rnd, t.size(), false, 8, null);
        addSorts(steps, tv, rnd, t.size(), true, 8, null);
        addScrolls(steps, tv, 40, null, null);
        addSorts(steps, tv, rnd, t.size(), false, tv.getColumns().size(), "sort, no row selected");
        addSorts(steps, tv, rnd, t.size(), true, tv.getColumns().size(), "sort, a row selected");
        addScrolls(steps, tv, 200, "page down", "scrollbar drag");
        Map<String, List<double[]>> measured = new LinkedHashMap<>();
        AnimationTimer driver = new AnimationTimer() {
            private int next;
            private long cpu0;
            private long wall0;

            @Override
            public void handle(long now) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                if (next > 0 && steps.get(next - 1).kind() != null) {
                    measured.computeIfAbsent(steps.get(next - 1).kind(), k -> new ArrayList<>())
                            .add(new double[] {(cpu - cpu0) / 1e6, (wall - wall0) / 1e6});
                }
                if (next == steps.size()) {
                    stop();
                    report(measured);
                    stage.close();
                    done.countDown();
                    return;
                }
                cpu0 = cpu;
                wall0 = wall;
                steps.get(next++).action().run();
            }
        };
        driver.start();
    }

    private static void addSorts(List<Step> steps, TableView<Integer> tv, Random rnd, int size, boolean select,
                                 int columns, String kind) {
        for (TableColumn<Integer, ?> c : tv.getColumns().subList(0, columns)) {
            for (TableColumn.SortType type : TableColumn.SortType.values()) {
                if (select) {
                    int row = rnd.nextInt(size);
                    steps.add(new Step(null, () -> tv.getSelectionModel().clearAndSelect(row)));
                } else {
                    steps.add(new Step(null, () -> tv.getSelectionModel().clearSelection()));
                }
                // as a header click: a click on the sort column turns it round, on another makes it the sort column
                steps.add(new Step(kind, () -> {
                    c.setSortType(type);
                    if (!tv.getSortOrder().equals(List.of(c))) {
                        tv.getSortOrder().setAll(List.of(c));
                    }
                }));
            }
        }
    }

    private static void addScrolls(List<Step> steps, TableView<Integer> tv, int n, String page, String drag) {
        steps.add(new Step(null, () -> tv.getSelectionModel().clearSelection()));
        steps.add(new Step(null, () -> flow(tv).scrollTo(0)));
        for (int i = 0; i < n; i++) {
            steps.add(new Step(page, () -> {
                VirtualFlow<?> f = flow(tv);
                f.scrollPixels(f.getHeight() - tv.getFixedCellSize());
            }));
        }
        for (int i = 0; i <= n; i++) {
            double at = i / (double) n;
            steps.add(new Step(drag, () -> {
                ScrollBar bar = verticalBar(tv);
                bar.setValue(bar.getMin() + at * (bar.getMax() - bar.getMin()));
            }));
        }
    }

    private static VirtualFlow<?> flow(TableView<Integer> tv) {
        return (VirtualFlow<?>) tv.lookup(".virtual-flow");
    }

    private static ScrollBar verticalBar(TableView<Integer> tv) {
        for (Node n : tv.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                return b;
            }
        }
        throw new IllegalStateException("no vertical scroll bar");
    }

    private static void report(Map<String, List<double[]>> measured) {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            load = "?";
        }
        for (Map.Entry<String, List<double[]>> e : measured.entrySet()) {
            double[] cpu = e.getValue().stream().mapToDouble(v -> v[0]).sorted().toArray();
            double[] wall = e.getValue().stream().mapToDouble(v -> v[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-22s %3d pulses, FX thread CPU median %5.1f ms, max %5.1f ms "
                    + "(wall median %5.1f ms, max %6.1f ms)%n", e.getKey(), cpu.length, cpu[cpu.length / 2],
                    cpu[cpu.length - 1], wall[wall.length / 2], wall[wall.length - 1]);
        }
        System.out.println("load average at the end: " + load);
    }
}
