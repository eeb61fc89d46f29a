package org.naswot.app.linked;

import java.util.Locale;
import org.naswot.service.ArchitectureTable;

/** How the table and the details pane write a value of each kind of column; an unknown value is a dash. */
final class ValueText {
    private ValueText() {
    }

    static String of(ArchitectureTable.Kind kind, double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "\u2212\u221e";
        }
        String s = switch (kind) {
            case ACCURACY -> String.format(Locale.ROOT, "%.2f", v);
            case PARAMS -> String.format(Locale.ROOT, "%.3fM", v / 1e6);
            case RANK -> String.format(Locale.ROOT, "%,d", (long) v);
            case OPERATIONS -> String.format(Locale.ROOT, "%d", (long) v);
            case PERCENTILE -> String.format(Locale.ROOT, "%.1f", v);
            default -> general(v);
        };
        return s.replace('-', '\u2212');
    }

    /** Scores and proxies span many scales (synflow's run to 1e40): four significant digits, exponent when far. */
    static String general(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return a >= 100 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** A column's header: its id with spaces for underscores (so it wraps), params in millions. */
    static String header(ArchitectureTable.Column c) {
        return switch (c.kind()) {
            case PARAMS -> "params (M)";
            case SCORE -> c.id().equals("nwot") ? "score (nwot)" : c.id();
            // the descriptor's words ("CIFAR-10 validation (NB201 v1.0, 200 epochs)"); the column's id in the tooltip
            case ACCURACY -> (c.label().equals(c.id()) ? c.id().replace('_', ' ') : c.label()) + " %";
            default -> c.id().replace('_', ' ');
        };
    }
}
