package org.naswot.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.ColourScale;

/** The explorer's working choices persist; dark themes keep the colour map's low end visible. */
class PreferencesChoicesTest {

    @Test
    void choicesSurviveASaveAndALoad(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        Preferences p = Preferences.defaults().withChoices(500, 7, "cifar100_test_200ep_nats", "GROUP", 25)
                .withExport("{\"format\":\"SVG\"}");
        store.save(p);
        Preferences back = store.load();
        assertEquals(500, back.sample());
        assertEquals(7, back.seed());
        assertEquals("cifar100_test_200ep_nats", back.accuracyColumn());
        assertEquals("GROUP", back.colourMode());
        assertEquals(25, back.topK());
        assertEquals("{\"format\":\"SVG\"}", back.exportJson());
        assertEquals(p, back);
    }

    /** The last-viewed run, the kernel's order and the x axis persist (review m8); an older file has none of them. */
    @Test
    void theViewSurvivesASaveAndALoad(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        store.save(Preferences.defaults().withChoices(40, 2, "c", "GROUP", 5).withView(9L, true, "synflow")
                .withTheme(Theme.DARK));
        Preferences back = store.load();
        assertEquals(9L, back.lastRun());
        assertEquals(true, back.kernelByClass());
        assertEquals("synflow", back.xAxis());
        assertEquals(40, back.sample(), "the other choices stay beside them");
        java.nio.file.Files.writeString(store.file(), "{\"theme\":\"DARK\",\"sample\":7}");
        Preferences old = store.load();
        assertEquals(null, old.lastRun());
        assertEquals(null, old.kernelByClass());
        assertEquals(null, old.xAxis());
        assertEquals(7, old.sample());
    }

    @Test
    void theDarkThemeSkipsViridisDarkestEnd() {
        ColourScale light = new ColourScale(1e5, 1e6, true);
        ColourScale dark = light.withFloor(0.22);
        assertEquals(ColourMaps.viridis(0), light.colour(1e5));
        assertNotEquals(ColourMaps.viridis(0), dark.colour(1e5));
        assertEquals(ColourMaps.viridis(0.22), dark.colour(1e5), "the smallest networks start at 22% of viridis");
        assertEquals(ColourMaps.viridis(1), dark.colour(1e6), "the largest stay at its bright end");
    }

    @Test
    void exportAnswersRoundTripThroughTheirJsonAndBadOnesAreIgnored() {
        String before = org.naswot.app.export.ExportDialog.rememberedJson();
        try {
            org.naswot.app.export.ExportDialog.restore("{\"format\":\"SVG\",\"widthIn\":7,\"heightIn\":3,\"dpi\":600,"
                    + "\"print\":true,\"fontPt\":9,\"serif\":true,\"title\":false,\"marks\":true,\"caption\":false,"
                    + "\"csv\":false}");
            String json = org.naswot.app.export.ExportDialog.rememberedJson();
            org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"SVG\"") && json.contains("\"serif\":true"),
                    json);
            org.naswot.app.export.ExportDialog.restore("{\"format\":\"PNG\",\"widthIn\":900}");
            assertEquals(json, org.naswot.app.export.ExportDialog.rememberedJson(), "an impossible size is ignored");
        } finally {
            org.naswot.app.export.ExportDialog.restore(before);
        }
    }
}
