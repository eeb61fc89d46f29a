package org.naswot.app.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The one registry of keyboard shortcuts and mouse gestures: {@link #install} puts the key ones on a scene
 * as accelerators and {@link ShortcutsHelp} renders all of them, so the help cannot drift from what is
 * installed.
 */
public final class Shortcuts {

    /**
     * @param id      action id, e.g. "lecture.next"; the map given to {@link #install} uses these ids
     * @param keys    key combinations (empty for a mouse gesture)
     * @param gesture text of a mouse gesture (null for key shortcuts)
     */
    public record Shortcut(String id, String category, List<KeyCombination> keys, String gesture, String description) {
        public Shortcut {
            keys = List.copyOf(keys);
        }

        public String displayText() {
            if (gesture != null) {
                return gesture;
            }
            return String.join("  or  ", keys.stream().map(KeyCombination::getDisplayText).toList());
        }
    }

    private final List<Shortcut> all = new ArrayList<>();

    public Shortcuts add(String id, String category, String description, String... keys) {
        List<KeyCombination> combos = new ArrayList<>();
        for (String k : keys) {
            combos.add(KeyCombination.keyCombination(k));
        }
        for (Shortcut s : all) {
            if (s.id().equals(id)) {
                throw new IllegalArgumentException("duplicate shortcut id " + id);
            }
            for (KeyCombination c : combos) {
                if (s.keys().contains(c)) {
                    throw new IllegalArgumentException(c.getDisplayText() + " is bound to both " + s.id() + " and " + id);
                }
            }
        }
        all.add(new Shortcut(id, category, combos, null, description));
        return this;
    }

    public Shortcuts gesture(String id, String category, String gesture, String description) {
        all.add(new Shortcut(id, category, List.of(), gesture, description));
        return this;
    }

    /** The shortcuts of NASWOT Explorer's components. */
    public static Shortcuts standard() {
        return new Shortcuts()
                .add("help.shortcuts", "General", "Show this list of shortcuts", "F1")
                .add("export.figure", "General", "Export the current figure (PNG, SVG, PDF)", "Shortcut+E")
                .add("export.csv", "General", "Export the data behind the current figure as CSV", "Shortcut+Shift+E")
                .add("theme.toggle", "General", "Switch between light and dark theme", "Shortcut+Shift+T")
                .add("fonts.large", "General", "Large fonts for projection", "Shortcut+L")
                .add("view.settings-panel", "General", "Hide or show the settings panel (the views take its width)",
                        "Shortcut+B")
                .add("scatter.reset", "Score scatter", "Zoom to all points", "Shortcut+0")
                .add("scatter.clear-selection", "Score scatter", "Clear the selection (the point and a box's)", "Esc")
                // the scatter handles these keys itself (they act while it has the focus): listed, not accelerators
                .add("scatter.back", "Score scatter", "Back to the previous zoom or pan", "Alt+Left")
                .add("scatter.forward", "Score scatter", "Forward again after going back", "Alt+Right")
                .gesture("scatter.pan-keys", "Score scatter", "Arrow keys (chart focused)",
                        "Pan by a tenth of the visible range; with Shift, by half")
                .gesture("scatter.zoom", "Score scatter", "Mouse wheel", "Zoom at the pointer")
                .gesture("scatter.pan", "Score scatter", "Drag", "Pan")
                .gesture("scatter.box", "Score scatter", "Shift + drag", "Zoom to a box")
                .gesture("scatter.select", "Score scatter", "Click", "Select an architecture (hover shows details)")
                .gesture("scatter.brush", "Score scatter", "Ctrl + drag",
                        "Select the points in a box (Architectures, Proxies and Search follow)")
                .gesture("scatter.lasso", "Score scatter", "Drag (Drag: lasso select)", "Select the points in a lasso")
                .gesture("scatter.reset-mouse", "Score scatter", "Double-click", "Zoom to all points")
                .add("lecture.next", "Lecture", "Next step", "Right", "Page Down")
                .add("lecture.previous", "Lecture", "Previous step", "Left", "Page Up")
                .add("lecture.first", "Lecture", "First step", "Home")
                .add("lecture.last", "Lecture", "Last step", "End");
    }

    public List<Shortcut> all() {
        return Collections.unmodifiableList(all);
    }

    public Optional<Shortcut> find(String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Shows the shortcut {@code id}'s first keys on a menu item. The scene's accelerator for the same keys runs the
     * same action, so a press acts once whichever of the two the scene keeps.
     */
    public <T extends MenuItem> T shownOn(T item, String id) {
        find(id).filter(s -> !s.keys().isEmpty()).ifPresent(s -> item.setAccelerator(s.keys().get(0)));
        return item;
    }

    /** Shortcuts grouped by category, in registration order. */
    public Map<String, List<Shortcut>> byCategory() {
        Map<String, List<Shortcut>> m = new LinkedHashMap<>();
        for (Shortcut s : all) {
            m.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
        }
        return m;
    }

    /**
     * Installs the key shortcuts whose ids appear in {@code actions} as accelerators of the scene; returns
     * how many key combinations were installed. Ids in {@code actions} that are not registered are an error.
     */
    public int install(Scene scene, Map<String, Runnable> actions) {
        for (String id : actions.keySet()) {
            if (find(id).isEmpty()) {
                throw new IllegalArgumentException("no shortcut registered for action " + id);
            }
        }
        int n = 0;
        for (Shortcut s : all) {
            Runnable r = actions.get(s.id());
            if (r == null) {
                continue;
            }
            for (KeyCombination c : s.keys()) {
                scene.getAccelerators().put(c, r);
                n++;
            }
        }
        return n;
    }
}
