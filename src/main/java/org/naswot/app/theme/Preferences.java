package org.naswot.app.theme;

/**
 * User preferences, stored as JSON by {@link PreferencesStore}.
 *
 * @param theme        "LIGHT" or "DARK"
 * @param lastSpace    id of the last search space used (e.g. "nb201"), or null
 * @param lastDataset  id of the last dataset used (e.g. "cifar10"), or null
 */
public record Preferences(String theme, String lastSpace, String lastDataset, double windowWidth,
                          double windowHeight, boolean largeFonts) {

    public static Preferences defaults() {
        return new Preferences(Theme.LIGHT.name(), null, null, 1280, 820, false);
    }

    public Theme themeValue() {
        return Theme.fromName(theme);
    }

    public Preferences withTheme(Theme t) {
        return new Preferences(t.name(), lastSpace, lastDataset, windowWidth, windowHeight, largeFonts);
    }

    public Preferences withLast(String space, String dataset) {
        return new Preferences(theme, space, dataset, windowWidth, windowHeight, largeFonts);
    }

    public Preferences withWindow(double w, double h) {
        return new Preferences(theme, lastSpace, lastDataset, w, h, largeFonts);
    }

    public Preferences withLargeFonts(boolean on) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, on);
    }
}
