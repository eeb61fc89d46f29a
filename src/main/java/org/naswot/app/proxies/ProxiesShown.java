package org.naswot.app.proxies;

import org.naswot.figures.measures.MeasureFigure;

/**
 * What the Proxies view draws beside its table: the heatmap, or the measures as a scatter matrix or parallel
 * coordinates; short words keep the strip of pickers on one row at 1280x820 (the picker's tooltip says them in full).
 */
public enum ProxiesShown {
    HEATMAP("Heatmap", null),
    MATRIX("Matrix", MeasureFigure.Kind.MATRIX),
    PARALLEL("Parallel", MeasureFigure.Kind.PARALLEL);

    private final String label;
    private final MeasureFigure.Kind figure;

    ProxiesShown(String label, MeasureFigure.Kind figure) {
        this.label = label;
        this.figure = figure;
    }

    public String label() {
        return label;
    }

    /** The measures' figure it shows, or null for the heatmap. */
    MeasureFigure.Kind figure() {
        return figure;
    }

    /** The command line's name: heatmap, matrix or parallel ({@code naswot gui --proxy-figure}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The value named {@code id} ({@link #id()}, any case), or empty. */
    public static java.util.Optional<ProxiesShown> ofId(String id) {
        for (ProxiesShown s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** The value of a remembered name, or the heatmap for null or a name from another version. */
    public static ProxiesShown parse(String name) {
        for (ProxiesShown s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return HEATMAP;
    }
}
