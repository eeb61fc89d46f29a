package org.naswot.app.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.theme.Preferences;
import org.naswot.app.theme.PreferencesStore;
import org.naswot.app.theme.ScatterChoices;
import org.naswot.service.ArchitectureTable;

/** The scatter's log axes, trend line and colour and size columns are remembered per space across restarts. */
class ScatterChoicesMemoryTest {

    @Test
    void eachSpacesChoicesSurviveASaveAndALoad(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        Map<String, ScatterChoices> bySpace = Map.of(
                "nb201", ScatterChoices.of(true, false, true, "# nor_conv_3x3", "flops"),
                "nb101", ScatterChoices.of(false, true, false, null, null));
        Preferences p = Preferences.defaults().withMarkers(1.5, 0.5).withScatter(bySpace);
        store.save(p);
        Preferences back = store.load();
        assertEquals(bySpace, back.scatter());
        assertEquals(1.5, back.markerSize(), "the marker settings stay beside them");
        assertEquals(p, back);
        Files.writeString(store.file(), "{\"theme\":\"DARK\",\"markerSize\":2.0,\"markerAlpha\":0.3}");
        assertNull(store.load().scatter(), "a file from before has none");
    }

    @Test
    void aSpaceGetsItsOwnChoicesBackAndAnAbsentColumnChangesNothing() {
        ScatterDisplayModel display = new ScatterDisplayModel(new ScoreScatterModel());
        StringProperty space = new SimpleStringProperty("nb201");
        ScatterChoicesMemory memory = new ScatterChoicesMemory(display, Map.of(
                "nb201", ScatterChoices.of(true, false, true, "# nor_conv_3x3", "flops"),
                "nb101", ScatterChoices.of(false, true, false, "# maxpool3x3", null)));
        memory.follow(space);
        assertTrue(display.logXProperty().get());
        assertFalse(display.logYProperty().get());
        assertTrue(display.trendProperty().get());
        assertNull(display.colourColumnProperty().get(), "no table yet: the remembered column waits for one");
        assertEquals("# nor_conv_3x3", display.colourChoice());

        // the run's table has the colour column but not the size column: colour taken up, size left as it was
        display.setTable(table("nwot", "# nor_conv_3x3", "# skip_connect"));
        assertEquals("# nor_conv_3x3", display.colourColumnProperty().get());
        assertNull(display.sizeColumnProperty().get());
        assertTrue(display.logXProperty().get(), "nothing else changed");
        display.sizeColumnProperty().set("# skip_connect");

        // another space: its own choices; its colour column is not in the shown table, so the colour stays
        space.set("nb101");
        assertFalse(display.logXProperty().get());
        assertTrue(display.logYProperty().get());
        assertFalse(display.trendProperty().get());
        assertNull(display.sizeColumnProperty().get(), "nb101 was shown with one size");
        assertEquals("# nor_conv_3x3", display.colourColumnProperty().get());
        display.setTable(table("nwot", "# conv3x3-bn-relu", "# maxpool3x3"));
        assertEquals("# maxpool3x3", display.colourColumnProperty().get(), "taken up once a table has it");

        // back to nb201: what was shown there last, the user's size column included
        space.set("nb201");
        assertTrue(display.logXProperty().get());
        assertTrue(display.trendProperty().get());
        assertEquals(ScatterChoices.of(true, false, true, "# nor_conv_3x3", "# skip_connect"),
                memory.choices().get("nb201"));
        assertEquals(ScatterChoices.of(false, true, false, "# maxpool3x3", null), memory.choices().get("nb101"));
        display.setTable(table("nwot", "# nor_conv_3x3", "# skip_connect"));
        assertEquals("# nor_conv_3x3", display.colourColumnProperty().get());
        assertEquals("# skip_connect", display.sizeColumnProperty().get());
    }

    @Test
    void ranksAndClippingAreRememberedPerSpaceAndSurviveASave(@TempDir Path dir) throws Exception {
        ScatterDisplayModel display = new ScatterDisplayModel(new ScoreScatterModel());
        StringProperty space = new SimpleStringProperty("nb201");
        ScatterChoicesMemory memory = new ScatterChoicesMemory(display, Map.of(
                "nb201", new ScatterChoices(true, false, false, null, null, true, false),
                "nb101", new ScatterChoices(false, false, false, null, null, false, true)));
        memory.follow(space);
        assertTrue(display.ranksProperty().get());
        assertTrue(display.logXProperty().get(), "the log choice is kept beside ranks, for the values");
        assertFalse(display.clipProperty().get());
        space.set("nb101");
        assertFalse(display.ranksProperty().get());
        assertTrue(display.clipProperty().get());
        display.ranksProperty().set(true);
        space.set("nb201");
        assertEquals(new ScatterChoices(false, false, false, null, null, true, true), memory.choices().get("nb101"));
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        store.save(Preferences.defaults().withScatter(memory.choices()));
        assertEquals(memory.choices(), store.load().scatter());
        Files.writeString(store.file(), "{\"scatter\":{\"nb201\":{\"logX\":true,\"logY\":false,\"trend\":true}}}");
        assertEquals(ScatterChoices.of(true, false, true, null, null), store.load().scatter().get("nb201"),
                "choices saved before ranks and clipping existed read as values, unclipped");
    }

    @Test
    void aSpaceWithNothingRememberedKeepsWhatIsShown() {
        ScatterDisplayModel display = new ScatterDisplayModel(new ScoreScatterModel());
        StringProperty space = new SimpleStringProperty("nb201");
        ScatterChoicesMemory memory = new ScatterChoicesMemory(display, null);
        memory.follow(space);
        display.trendProperty().set(true);
        space.set("nats-sss");
        assertTrue(display.trendProperty().get());
        assertEquals(List.of("nats-sss", "nb201"), new ArrayList<>(memory.choices().keySet()));
    }

    private static ArchitectureTable table(String score, String... others) {
        List<ArchitectureTable.Column> columns = new ArrayList<>();
        for (String id : others) {
            columns.add(new ArchitectureTable.Column(id, id, ArchitectureTable.Kind.OPERATIONS, new double[] {1, 2}));
        }
        return ArchitectureTable.of(new int[] {4, 9}, new String[] {"a", "b"}, new ArchitectureTable.Column(score,
                score, ArchitectureTable.Kind.SCORE, new double[] {3, 5}), columns);
    }
}
