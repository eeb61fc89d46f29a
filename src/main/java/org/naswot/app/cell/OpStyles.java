package org.naswot.app.cell;

import java.awt.Color;
import org.naswot.app.paint.ColourMaps;
import org.naswot.app.theme.ChartStyle;

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
        return switch (op) {
            case "none" -> style.muted();
            case "skip_connect" -> style.foreground();
            case "nor_conv_3x3", "conv3x3-bn-relu" -> ColourMaps.OKABE_ITO[4];  // blue
            case "nor_conv_1x1", "conv1x1-bn-relu" -> ColourMaps.OKABE_ITO[2];  // bluish green
            case "avg_pool_3x3", "maxpool3x3" -> ColourMaps.OKABE_ITO[5];       // vermillion
            case "input", "output" -> style.muted();
            default -> ColourMaps.category(Math.abs(op.hashCode()));
        };
    }

    /** Brighter variants of the blue for dark backgrounds, where #0072B2 is too dim. */
    public static Color onBackground(Color c, ChartStyle style) {
        if (style.isDark() && c.equals(ColourMaps.OKABE_ITO[4])) {
            return ColourMaps.OKABE_ITO[1];
        }
        return c;
    }
}
