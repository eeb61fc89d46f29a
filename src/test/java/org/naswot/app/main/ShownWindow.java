package org.naswot.app.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;

/** The main window as the app assembles it (menu bar, light theme, shortcuts), shown on a TestFX stage. */
record ShownWindow(MainWindow window, AppMenu menu, Scene scene) {

    static ShownWindow show(Stage stage, ExplorerViewModel vm, ScoreScatterModel model, int width, int height) {
        MainWindow window = new MainWindow(vm, new ScoreScatter(model));
        AppMenu menu = new AppMenu(window, vm);
        window.setTop(menu.build());
        Scene scene = window.scene(width, height);
        Theme.LIGHT.applyTo(scene);
        menu.install(scene);
        stage.setScene(scene);
        stage.show();
        return new ShownWindow(window, menu, scene);
    }

    /** A view-model over an empty data folder and a new store, both in a new temporary folder. */
    static ExplorerViewModel empty(String prefix, ScoreScatterModel model) throws IOException {
        Path tmp = Files.createTempDirectory(prefix);
        return new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), tmp.resolve("r.sqlite"), model);
    }
}
