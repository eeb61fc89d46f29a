package org.naswot.app.explore;

import java.util.Locale;
import java.util.function.IntFunction;
import org.naswot.figures.model.ScorePoint;
import javafx.scene.control.Label;

/**
 * The card beside the pointer on the scatter: the point's architecture, score, accuracy (or rank, where the plot shows
 * ranks), parameters, its ranks where the axes show ranks, and any lines the window adds (its stored proxies).
 */
final class ScatterHoverCard {
    private final Label card = new Label();
    private final ScoreScatterModel model;
    private IntFunction<String> details = i -> "";

    ScatterHoverCard(ScoreScatterModel model) {
        this.model = model;
        card.getStyleClass().add("hover-card");
        card.setVisible(false);
        card.setManaged(false);
    }

    Label node() {
        return card;
    }

    void setDetails(IntFunction<String> details) {
        this.details = details == null ? i -> "" : details;
    }

    void hide() {
        card.setVisible(false);
    }

    String text() {
        return card.isVisible() ? card.getText() : null;
    }

    /** Shows the card for {@code p} near (x, y), kept inside {@code width} x {@code height}; hides it for null. */
    void show(ScorePoint p, double x, double y, double width, double height) {
        if (p == null) {
            hide();
            return;
        }
        String base = model.showsRanks() ? describe(p).replaceFirst("accuracy [^\u00b7]*%", model.yText(p))
                : describe(p);
        String more = details.apply(p.index());
        card.setText(base + ranks(p) + (more == null || more.isEmpty() ? "" : "\n" + more));
        card.autosize();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        double px = x + 14 + w > width ? x - 14 - w : x + 14;
        double py = Math.max(0, Math.min(y + 14, height - h));
        card.resizeRelocate(px, py, w, h);
        card.setVisible(true);
    }

    /** On rank axes, where the point is drawn: "rank 3 by score · rank 12.5 by accuracy (1 = highest)". */
    private String ranks(ScorePoint p) {
        org.naswot.figures.scatter.ScatterData d = model.data();
        int i = model.figure().display().ranks() ? d.plottedIndexOf(p) : -1;
        if (i < 0) {
            return "";
        }
        return String.format(Locale.ROOT, "\nrank %s by %s \u00b7 rank %s by %s (1 = highest)", rank(d.x(i)),
                model.isNwot() ? "score" : model.measureProperty().get(), rank(d.y(i)),
                model.showsRanks() ? "score percentile" : "accuracy");
    }

    /** 3, or 12.5 for a tie. */
    private static String rank(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    static String describe(ScorePoint p) {
        StringBuilder sb = new StringBuilder();
        sb.append("#").append(p.index()).append("   ").append(p.arch()).append('\n');
        sb.append(String.format(Locale.ROOT, "score %.2f \u00b7 accuracy %.2f%% \u00b7 %.3fM params", p.score(),
                p.accuracy(), p.params() / 1e6));
        if (!p.group().isEmpty()) {
            sb.append(" \u00b7 ").append(p.group());
        }
        return sb.toString();
    }
}
