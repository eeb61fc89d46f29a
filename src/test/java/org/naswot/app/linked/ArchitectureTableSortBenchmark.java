package org.naswot.app.linked;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.service.ArchitectureTable;

/**
 * Measurement main (not a test): the FX thread's CPU time of a header click on the Architectures tab (1280x820, the
 * whole-NB201 table of {@link ArchitectureTableBenchmark}), sorting by every column both ways three times, each sort
 * with its CSS and layout; with {@code -Dselect=true} a random row is selected before each sort (the view then
 * scrolls to it, which costs as much as a jump to a random row). CPU time, not wall time: what a loaded machine does
 * not inflate much. Run as ArchitectureTableBenchmark is run.
 */
public final class ArchitectureTableSortBenchmark {
    public static void main(String[] args) throws Exception {
        SpaceContext ctx = SpaceContext.open("nb201", new DataDirectory(Files.createTempDirectory("naswot-bench")));
        ArchitectureTable table = ArchitectureTableBenchmark.wholeNb201(ctx);
        Platform.startup(() -> { });
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                run(table, Boolean.getBoolean("select"));
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void run(ArchitectureTable t, boolean select) {
        ArchitectureTableModel model = new ArchitectureTableModel(null);
        LinkedSelection selection = new LinkedSelection();
        ArchitectureTableView view = new ArchitectureTableView(model, selection);
        SplitPane split = new SplitPane(view, new ArchitectureDetailsPane(model, selection));
        split.setDividerPositions(0.66);
        Stage stage = new Stage();
        Scene scene = new Scene(split, 1280, 820);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
        model.show(t, null);
        split.applyCss();
        split.layout();
        TableView<Integer> tv = view.getTable();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        Random rnd = new Random(2);
        for (int rep = 0; rep < 3; rep++) {
            for (TableColumn<Integer, ?> c : tv.getColumns()) {
                for (TableColumn.SortType type : TableColumn.SortType.values()) {
                    if (select) {
                        tv.getSelectionModel().clearAndSelect(rnd.nextInt(t.size()));
                        split.applyCss();
                        split.layout();
                    }
                    long c0 = threads.getCurrentThreadCpuTime();
                    c.setSortType(type);
                    tv.getSortOrder().setAll(List.of(c));
                    split.applyCss();
                    split.layout();
                    cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                }
            }
        }
        double[] all = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // the first pass loads classes and skins
        double[] warm = cpu.subList(cpu.size() / 3, cpu.size()).stream().mapToDouble(Double::doubleValue).sorted()
                .toArray();
        System.out.printf(Locale.ROOT, "%d sorts%s, FX thread CPU: median %.1f ms, max %.1f ms; after the first pass: "
                + "median %.1f ms, max %.1f ms%n", all.length, select ? " (a row selected before each)" : "",
                all[all.length / 2], all[all.length - 1], warm[warm.length / 2], warm[warm.length - 1]);
        stage.close();
    }
}
