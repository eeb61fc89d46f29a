package org.naswot.app.paint;

import org.naswot.figures.paint.Painter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

/**
 * A resizable region that shows a {@link Painter} on a JavaFX canvas (via FXGraphics2D) and repaints on
 * resize or when the painter changes. Call {@link #repaint()} when the painter's data changed.
 */
public class PainterCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2;
    private final ObjectProperty<Painter> painter = new SimpleObjectProperty<>(this, "painter");

    public PainterCanvas() {
        this(null);
    }

    public PainterCanvas(Painter initial) {
        getStyleClass().add("painter-canvas");
        getChildren().add(canvas);
        g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        painter.set(initial);
        painter.addListener((obs, o, n) -> repaint());
        widthProperty().addListener((obs, o, n) -> requestLayout());
        heightProperty().addListener((obs, o, n) -> requestLayout());
        setMinSize(50, 50);
        setPrefSize(600, 450);
    }

    public ObjectProperty<Painter> painterProperty() {
        return painter;
    }

    public Painter getPainter() {
        return painter.get();
    }

    public void setPainter(Painter p) {
        painter.set(p);
    }

    public Canvas getCanvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        repaint();
    }

    /** Redraws the painter now (FX thread). */
    public void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        Painter p = painter.get();
        if (p != null && w > 0 && h > 0) {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Shape clip = g2.getClip();
            AffineTransform t = g2.getTransform();
            p.paint(g2, w, h);
            g2.setTransform(t);
            g2.setClip(clip);
        }
    }
}
