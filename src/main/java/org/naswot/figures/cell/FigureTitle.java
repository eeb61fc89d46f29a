package org.naswot.figures.cell;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.paint.TextFit;
import org.naswot.figures.theme.ChartStyle;

/** The bold, centred title over a diagram; long NB201 arch strings break after a node's group. */
final class FigureTitle {
    private FigureTitle() {
    }

    /** Draws {@code title} across the top of {@code width}; returns the y where the diagram may start. */
    static double draw(Graphics2D g, String title, double width, ChartStyle style) {
        if (title == null || title.isEmpty()) {
            return 0;
        }
        g.setFont(style.font(Font.BOLD, 13));
        g.setPaint(style.foreground());
        FontMetrics fm = g.getFontMetrics();
        double y = 8;
        for (String l : lines(title, fm, width - 16)) {
            String t = TextFit.ellipsize(l, fm, width - 16);
            g.drawString(t, (float) ((width - fm.stringWidth(t)) / 2), (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
        return y + 6;
    }

    /** |a~0|+|b~0|c~1|+... breaks after each '+' that would overflow. */
    private static List<String> lines(String title, FontMetrics fm, double max) {
        List<String> lines = new ArrayList<>();
        if (fm.stringWidth(title) <= max || !title.contains("+")) {
            lines.add(title);
            return lines;
        }
        String[] parts = title.split("\\+");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String piece = parts[i] + (i < parts.length - 1 ? "+" : "");
            if (line.length() > 0 && fm.stringWidth(line + piece) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
        }
        lines.add(line.toString());
        return lines;
    }

}
