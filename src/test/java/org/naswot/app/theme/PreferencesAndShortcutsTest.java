package org.naswot.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesAndShortcutsTest {

    @Test
    void preferencesRoundTripAsJson(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("naswot/preferences.json"));
        assertEquals(Preferences.defaults(), store.load());
        Preferences p = Preferences.defaults().withTheme(Theme.DARK).withLast("nb201", "cifar100").withWindow(1500, 900)
                .withLargeFonts(true).withProxyHidden(java.util.Map.of("nb201", java.util.List.of("snip", "zen")));
        store.save(p);
        assertEquals(p, store.load());
        assertTrue(Files.readString(store.file()).contains("\"theme\" : \"DARK\""));
        // the Proxies tab's hidden measures, per space, and kept by every other change
        assertEquals(java.util.List.of("snip", "zen"), store.load().withWindow(1, 1).withMarkers(1, 1).proxyHidden()
                .get("nb201"));
    }

    @Test
    void unreadableOrPartialFilesFallBackToDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.json");
        Files.writeString(f, "{ not json");
        assertEquals(Preferences.defaults(), new PreferencesStore(f).load());
        Files.writeString(f, "{\"theme\":\"DARK\",\"futureField\":3}");
        Preferences p = new PreferencesStore(f).load();
        assertEquals(Theme.DARK, p.themeValue());
        assertEquals(Preferences.defaults().windowWidth(), p.windowWidth());
    }

    @Test
    void configDirectoryFollowsXdg() {
        assertEquals(Path.of("/x/cfg/naswot/preferences.json"),
                PreferencesStore.defaultFile(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/u"));
        assertEquals(Path.of("/home/u/.config/naswot/preferences.json"), PreferencesStore.defaultFile(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.config/naswot/preferences.json"),
                PreferencesStore.defaultFile(Map.of("XDG_CONFIG_HOME", "relative"), "/home/u"), "relative paths are ignored");
    }

    @Test
    void themesShipOnTheClasspath() {
        for (Theme t : Theme.values()) {
            assertTrue(t.stylesheetUrl().endsWith(".css"));
        }
        assertTrue(Theme.baseStylesheetUrl().endsWith("base.css"));
    }

    @Test
    void registryRejectsDuplicateKeysAndIds() {
        Shortcuts s = new Shortcuts().add("a", "G", "first", "F2");
        assertThrows(IllegalArgumentException.class, () -> s.add("b", "G", "second", "F2"));
        assertThrows(IllegalArgumentException.class, () -> s.add("a", "G", "again", "F3"));
    }

    @Test
    void standardRegistryHasUniqueIdsAndCategories() {
        Shortcuts s = Shortcuts.standard();
        Set<String> ids = s.all().stream().map(Shortcuts.Shortcut::id).collect(Collectors.toSet());
        assertEquals(s.all().size(), ids.size());
        assertTrue(s.byCategory().keySet().containsAll(Set.of("General", "Score scatter", "Lecture")));
        assertEquals("F1", s.find("help.shortcuts").orElseThrow().displayText());
    }
}
