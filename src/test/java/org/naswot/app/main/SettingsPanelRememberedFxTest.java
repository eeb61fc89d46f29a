package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Preferences;
import org.naswot.app.theme.PreferencesStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Hide settings panel is remembered (review P8): the panel hidden with Ctrl+B is saved hidden, a window started
 * from that file starts with it hidden, and a preferences file from before the setting starts with it shown.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsPanelRememberedFxTest {
    @TempDir
    Path dir;
    private ShownWindow shown;

    @Start
    void start(Stage stage) throws Exception {
        ScoreScatterModel model = new ScoreScatterModel();
        shown = ShownWindow.show(stage, ShownWindow.empty("naswot-settings-remembered", model), model, 1024, 700);
    }

    /** What the app does on start: the panel as the stored preferences say. */
    private void startFrom(Path file, FxRobot robot) {
        Preferences loaded = new PreferencesStore(file).load();
        robot.interact(() -> shown.menu().settingsPanel().restore(loaded.settingsHidden()));
    }

    @Test
    void aPanelSavedHiddenStartsHiddenAndAnOldFileStartsWithItShown(FxRobot robot) throws Exception {
        Node panel = shown.window().getLeft();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.menu().settingsPanel().hiddenProperty().get(), "Ctrl+B hid it");
        // what the app saves: the menu's check
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        store.save(Preferences.defaults().withSettingsHidden(shown.menu().settingsPanel().hiddenProperty().get()));
        assertTrue(Files.readString(store.file()).contains("\"settingsHidden\" : true"), Files.readString(store.file()));

        // a preferences file written before the setting existed: no such field, the panel shown
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"theme\":\"DARK\",\"lastSpace\":\"nb201\",\"windowWidth\":1024,\"windowHeight\":700,"
                + "\"proxyHidden\":{\"nb201\":[\"zen\"]}}");
        assertNull(new PreferencesStore(old).load().settingsHidden());
        startFrom(old, robot);
        assertTrue(panel.isVisible() && panel.isManaged(), "an old file starts with the panel shown");
        assertFalse(shown.menu().settingsPanel().hiddenProperty().get());

        startFrom(store.file(), robot);
        assertFalse(panel.isVisible() || panel.isManaged(), "the saved-hidden panel starts hidden");
        assertTrue(shown.menu().settingsPanel().hiddenProperty().get(), "and the menu's check says so");
        // the other settings survive the field: a later save keeps it
        assertTrue(store.load().withWindow(1400, 900).withTheme(org.naswot.app.theme.Theme.DARK).settingsHidden());
    }
}
