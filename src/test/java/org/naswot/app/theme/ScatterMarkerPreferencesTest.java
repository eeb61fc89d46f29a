package org.naswot.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scatter's marker size and opacity are remembered like its colouring and top k. */
class ScatterMarkerPreferencesTest {

    @Test
    void markerSizeAndOpacitySurviveASaveAndALoad(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        Preferences p = Preferences.defaults().withChoices(100, 1, null, "COLUMN", 10).withMarkers(1.75, 0.4);
        store.save(p);
        Preferences back = store.load();
        assertEquals(1.75, back.markerSize());
        assertEquals(0.4, back.markerAlpha());
        assertEquals("COLUMN", back.colourMode());
        assertEquals(p, back);
    }

    @Test
    void aFileFromBeforeTheMarkerSettingsLoadsWithoutThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\":\"DARK\",\"windowWidth\":1000,\"windowHeight\":700,\"topK\":5}");
        Preferences back = new PreferencesStore(file).load();
        assertEquals(5, back.topK());
        assertNull(back.markerSize());
        assertNull(back.markerAlpha());
    }
}
