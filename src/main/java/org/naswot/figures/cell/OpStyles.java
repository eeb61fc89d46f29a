package org.naswot.figures.cell;

import java.awt.Color;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.theme.ChartStyle;

/** Colours of operations (Okabe-Ito, colour-blind safe); 'none' is drawn dashed and faded. */
public final class OpStyles {
    private OpStyles() {
    }

    public static boolean isNone(String op) {
        return "none".equals(op);
    }

    public static Color colour(String op, ChartStyle style) {
        if (op == null) {
            return style.foreground();
        }
        // by kind, the same across spaces: k x k convolutions (plain or separable) blue, 1x1 convolutions bluish
        // green, dilated ones reddish purple, factorised (1xk then kx1) orange, pooling of any kind vermillion
        return switch (op) {
            case "none" -> style.muted();
            case "skip_connect" -> style.foreground();
            case "nor_conv_3x3", "conv3x3-bn-relu", "conv_3x3", "sep_conv_3x3", "sep_conv_5x5", "sep_conv_7x7" ->
                    ColourMaps.OKABE_ITO[4];  // blue
            case "nor_conv_1x1", "conv1x1-bn-relu", "conv_1x1" -> ColourMaps.OKABE_ITO[2];  // bluish green
            case "dil_conv_3x3", "dil_conv_5x5", "dil_sep_conv_3x3" -> ColourMaps.OKABE_ITO[6];  // reddish purple
            case "conv_3x1_1x3", "conv_7x1_1x7" -> ColourMaps.OKABE_ITO[0];  // orange
            case "avg_pool_2x2", "avg_pool_3x3", "avg_pool_5x5", "maxpool3x3", "max_pool_2x2", "max_pool_3x3",
                    "max_pool_5x5", "max_pool_7x7" -> ColourMaps.OKABE_ITO[5];  // vermillion
            case "input", "output" -> style.muted();
            default -> ColourMaps.category(Math.abs(op.hashCode()));
        };
    }

    /**
     * A DARTS-family op's short label: its kind and kernel ("sep 3\u00d73", "max 3\u00d73", "skip"), so that the six to
     * ten labels of a cell fit between its nodes; the full name stays in the exported data.
     */
    public static String shortLabel(String op) {
        if (op.equals("skip_connect")) {
            return "skip";
        }
        for (String[] p : SHORT_KINDS) {
            if (op.startsWith(p[0])) {
                // the kernel sizes that end the name: "3x3", or "7x1_1x7"
                return p[1] + " " + op.substring(p[0].length()).replace('x', '\u00d7').replace('_', ' ');
            }
        }
        return op;
    }

    private static final String[][] SHORT_KINDS = {{"sep_conv_", "sep"}, {"dil_sep_conv_", "dil sep"},
        {"dil_conv_", "dil"}, {"max_pool_", "max"}, {"avg_pool_", "avg"}, {"conv_", "conv"}};

    /** Brighter variants of the blue for dark backgrounds, where #0072B2 is too dim. */
    public static Color onBackground(Color c, ChartStyle style) {
        if (style.isDark() && c.equals(ColourMaps.OKABE_ITO[4])) {
            return ColourMaps.OKABE_ITO[1];
        }
        return c;
    }
}
