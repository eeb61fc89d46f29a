package org.naswot.app.theme;

/**
 * User preferences, stored as JSON by {@link PreferencesStore}, saved whenever one changes.
 *
 * @param theme          "LIGHT" or "DARK"
 * @param lastSpace      id of the last search space used (e.g. "nb201"), or null
 * @param lastDataset    id of the last dataset used (e.g. "cifar10"), or null
 * @param sample         the sample size last asked for (0: the whole space), or null
 * @param seed           the seed last used, or null
 * @param accuracyColumn the accuracy column last plotted, or null
 * @param colourMode     the scatter's colouring (ColourMode name), or null
 * @param topK           how many top-scoring cells are ringed, or null
 * @param exportJson     the export dialog's last answers, or null
 * @param lastRun        id of the stored run last shown (the chart starts with it), or null
 * @param kernelByClass  whether the kernel's images were last ordered by class, or null
 * @param xAxis          the scatter's x-axis measure last chosen ("nwot" or a proxy id), or null
 * @param markerSize     the scatter's dot size as a multiple of the default, or null
 * @param markerAlpha    the scatter's dot opacity (0..1), or null
 * @param scatter        the scatter's display choices by space id (log axes, trend line, colour and size column), or
 *                       null
 * @param lectureSeconds how long the lecture's autoplay shows each step, or null
 * @param proxyHidden    per space id, the measures the Proxies tab's "Measures…" hides, or null
 * @param settingsHidden whether View ▸ Hide settings panel was on, or null (a file from before it: shown)
 * @param proxyView      what the Proxies tab last drew (a ProxiesShown name: heatmap, matrix, parallel), or null
 */
public record Preferences(String theme, String lastSpace, String lastDataset, double windowWidth,
                          double windowHeight, boolean largeFonts, Integer sample, Integer seed, String accuracyColumn,
                          String colourMode, Integer topK, String exportJson, Long lastRun, Boolean kernelByClass,
                          String xAxis, Double markerSize, Double markerAlpha,
                          java.util.Map<String, ScatterChoices> scatter, Double lectureSeconds,
                          java.util.Map<String, java.util.List<String>> proxyHidden, Boolean settingsHidden,
                          String proxyView) {

    public Preferences(String theme, String lastSpace, String lastDataset, double windowWidth, double windowHeight,
                       boolean largeFonts) {
        this(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** What was last viewed: the run shown (null: none), the kernel's order and the x axis (review m8). */
    public Preferences withView(Long run, boolean byClass, String x) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, run, byClass, x, markerSize, markerAlpha, scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    /** The export dialog's last answers (JSON written by the export package). */
    public Preferences withExport(String json) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, json, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    public static Preferences defaults() {
        return new Preferences(Theme.LIGHT.name(), null, null, 1280, 820, false);
    }

    public Theme themeValue() {
        return Theme.fromName(theme);
    }

    public Preferences withTheme(Theme t) {
        return new Preferences(t.name(), lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    public Preferences withLast(String space, String dataset) {
        return new Preferences(theme, space, dataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    public Preferences withWindow(double w, double h) {
        return new Preferences(theme, lastSpace, lastDataset, w, h, largeFonts, sample, seed, accuracyColumn,
                colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha, scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    public Preferences withLargeFonts(boolean on) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, on, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    /** The explorer's working choices: sample, seed, accuracy column, colouring and top-k. */
    public Preferences withChoices(int sampleSize, int seedValue, String column, String colour, int top) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sampleSize,
                seedValue, column, colour, top, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    /** The scatter's marker size (a multiple of the default) and opacity. */
    public Preferences withMarkers(double size, double alpha) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, size, alpha, scatter,
                lectureSeconds, proxyHidden, settingsHidden, proxyView);
    }

    /** The scatter's display choices, by space id. */
    public Preferences withScatter(java.util.Map<String, ScatterChoices> bySpace) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                bySpace == null ? null : java.util.Map.copyOf(bySpace), lectureSeconds, proxyHidden, settingsHidden,
                proxyView);
    }

    /** The lecture's autoplay speed, in seconds per step. */
    public Preferences withLectureSeconds(double seconds) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter, seconds, proxyHidden, settingsHidden, proxyView);
    }

    /** The measures the Proxies tab hides, per space id. */
    public Preferences withProxyHidden(java.util.Map<String, java.util.List<String>> hidden) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter, lectureSeconds, hidden, settingsHidden, proxyView);
    }

    /** Whether the settings panel is hidden (View ▸ Hide settings panel, review P8). */
    public Preferences withSettingsHidden(boolean hidden) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter, lectureSeconds, proxyHidden, hidden, proxyView);
    }

    /** What the Proxies tab draws: heatmap, scatter matrix or parallel coordinates (a ProxiesShown name). */
    public Preferences withProxyView(String view) {
        return new Preferences(theme, lastSpace, lastDataset, windowWidth, windowHeight, largeFonts, sample, seed,
                accuracyColumn, colourMode, topK, exportJson, lastRun, kernelByClass, xAxis, markerSize, markerAlpha,
                scatter, lectureSeconds, proxyHidden, settingsHidden, view);
    }
}
