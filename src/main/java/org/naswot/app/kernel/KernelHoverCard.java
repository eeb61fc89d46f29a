package org.naswot.app.kernel;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.naswot.figures.kernel.HeatmapPainter;
import org.naswot.figures.lecture.LecturePainters;
import org.naswot.figures.model.KernelMatrix;

/**
 * The kernel's drill-down: over cell K[i][j], the value (raw and as K/K[0][0]) and the two images i and j of the batch
 * with their classes ("noise image i" for a noise batch). Without the batch's pixels it names the images only.
 */
final class KernelHoverCard {
    /** Thumbnail side in pixels (CIFAR's 32 x 32 shown at twice their size). */
    static final double THUMB = 64;
    private final VBox card = new VBox(6);
    private final Label value = new Label();
    private final HBox images = new HBox(10);

    KernelHoverCard() {
        card.getStyleClass().add("hover-card");
        card.getChildren().addAll(value, images);
        card.setVisible(false);
        card.setManaged(false);
        card.setMouseTransparent(true);
    }

    VBox node() {
        return card;
    }

    void hide() {
        card.setVisible(false);
    }

    /** The card's text (value line, then one line per image), or null while hidden. */
    String text() {
        if (!card.isVisible()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(value.getText());
        for (javafx.scene.Node n : images.getChildren()) {
            if (n instanceof Label l) {
                sb.append('\n').append(l.getText());
            }
        }
        return sb.toString();
    }

    /** Shows cell {@code c} of {@code panels} near (x, y), kept inside width x height. */
    void show(HeatmapPainter.Cell c, List<KernelMatrix> panels, KernelBatch batch, double x, double y, double width,
              double height) {
        KernelMatrix km = panels.get(c.panel());
        double k = km.k()[c.i()][c.j()];
        double d = km.k()[0][0];
        String panel = panels.size() > 1 ? (c.panel() == 0 ? "left: " : "right: ") : "";
        value.setText(String.format(Locale.ROOT, "%sK[%d][%d] = %s  (K/K[0][0] = %.3f)", panel, c.i(), c.j(),
                number(k), d == 0 ? k : k / d));
        images.getChildren().setAll(image(c.i(), km, batch), image(c.j(), km, batch));
        card.autosize();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        double px = x + 14 + w > width ? x - 14 - w : x + 14;
        double py = Math.max(0, Math.min(y + 14, height - h));
        card.resizeRelocate(Math.max(0, px), py, w, h);
        card.setVisible(true);
    }

    /** One image: its thumbnail (when the batch's pixels are known) over "image 12: cat" or "noise image 12". */
    private static Label image(int i, KernelMatrix km, KernelBatch batch) {
        Label l = new Label(caption(i, km, batch));
        l.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        l.setAlignment(Pos.CENTER);
        if (batch != null && i < batch.images().batch()) {
            BufferedImage img = LecturePainters.thumbnail(batch.images(), i);
            ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setPreserveRatio(true);
            view.setSmooth(false); // pixels, not a blur
            l.setGraphic(view);
        }
        return l;
    }

    static String caption(int i, KernelMatrix km, KernelBatch batch) {
        if (batch != null && batch.noise()) {
            return "noise image " + i;
        }
        int label = km.labels()[i];
        String name = label >= 0 && label < km.classNames().size() ? km.classNames().get(label)
                : label >= 0 ? "class " + label : "class unknown";
        return "image " + i + ": " + name;
    }

    /** Counts as integers, anything else with four significant digits. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
