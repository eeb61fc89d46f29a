package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Open space… through its test seam ({@link AppMenu#openSpace(Path)}, the native file dialog left out): a
 * declarative descriptor from spaces/examples joins the space picker, is selected there, and a tiny sample of it is
 * scored into the plot.
 */
@ExtendWith(ApplicationExtension.class)
class OpenSpaceFxTest {
    private static final Path DESCRIPTOR = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolve("spaces/examples/nb201-5nodes-dilated.json");
    private ExplorerViewModel vm;
    private MainWindow window;
    private AppMenu menu;

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempDirectory("naswot-open-space").resolve("results.sqlite");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(DataDirectory.resolve(SharedData.dataDir()), db, model);
        vm.sample.set(3);
        window = new MainWindow(vm, new ScoreScatter(model));
        menu = new AppMenu(window, vm);
        window.setTop(menu.build());
        Scene scene = window.scene(1300, 820);
        Theme.LIGHT.applyTo(scene);
        menu.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void anOpenedDescriptorJoinsThePickerAndScores(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = (ComboBox<String>) robot.lookup(".combo-box").nth(0).query();
        robot.interact(() -> assertEquals("nb201", picker.getValue(), "the space picker, on its default"));
        robot.interact(() -> menu.openSpace(DESCRIPTOR));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals("dag5-dilated", vm.space.get());
            assertTrue(picker.getItems().contains("dag5-dilated"), picker.getItems().toString());
            assertEquals("dag5-dilated", picker.getValue());
        });
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            Spinner<Integer> batch = (Spinner<Integer>) robot.lookup(".spinner").nth(0).query();
            batch.getValueFactory().setValue(8);
        });
        robot.clickOn("Score");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.running.get() || vm.status.get().startsWith("Scored"));
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !vm.running.get());
        assertTrue(vm.status.get().startsWith("Scored 3 architectures"), vm.status.get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.scatter().getModel().pointCountProperty().get() == 3);
        robot.interact(() -> {
            assertEquals("dag5-dilated", picker.getValue(), "the run keeps the opened space");
            // cells of that space: 5 nodes, 10 edges
            String arch = window.scatter().getModel().data().point(0).arch();
            assertEquals(10, arch.chars().filter(c -> c == '~').count(), arch);
        });
    }
}
