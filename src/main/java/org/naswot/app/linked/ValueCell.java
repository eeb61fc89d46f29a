package org.naswot.app.linked;

import java.util.function.IntFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A cell of the architecture table. Its item is a position of the shown rows ({@link ShownRows}); it writes the value
 * of the row at that position, again whenever a sort puts another row there. A right-aligned value (a number, the
 * index) is a {@link Text} node of its own: a Labeled's text change takes its text node out of the cell and puts it
 * back (LabeledSkinBase.updateChildren), which styles it again and measures its text twice; the architecture keeps a
 * Labeled's ellipsis. The Text takes the cell's font and colour (a selected row's too) and is clipped to the cell. A
 * cell writes its text when it is laid out, not when told: a sort that moves the view to the selected row gives each
 * visible cell a new row twice in one pulse (the new order, then the new position), and a column out of view writes
 * its text only once it is back in view.
 */
final class ValueCell extends TableCell<Integer, Integer> {
    private final IntFunction<String> format;
    private final ShownRows rows;
    /** Null: the cell's own Labeled text. */
    private final Text text;
    /** Held here: the shown rows hold it weakly (cells come and go with the table's columns). */
    private final InvalidationListener reordered = o -> changed();
    /** Whether the text is not yet the item's (written at the next layout, or when the cell is back in its row). */
    private boolean stale;

    /** @param format the text of a row of the table */
    ValueCell(IntFunction<String> format, ShownRows rows, boolean right) {
        this.format = format;
        this.rows = rows;
        rows.orderProperty().addListener(new WeakInvalidationListener(reordered));
        // a column scrolled out of view has its cells taken out of their rows (fixed cell size): they are given
        // their rows all the same, and write their text when they are back
        parentProperty().addListener((o, was, now) -> {
            if (now != null && stale) {
                show();
            }
        });
        if (!right) {
            text = null;
            return;
        }
        text = new Text();
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        setGraphic(text);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    @Override
    protected void updateItem(Integer position, boolean empty) {
        super.updateItem(position, empty);
        changed();
    }

    private void changed() {
        if (!stale) {
            stale = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        if (stale && getParent() != null) {
            show();
        }
        super.layoutChildren();
    }

    private void show() {
        stale = false;
        Integer position = getItem();
        boolean none = isEmpty() || position == null || position >= rows.size();
        String value = none ? null : format.apply(rows.row(position));
        if (text != null) {
            text.setText(value == null ? "" : value);
        } else {
            setText(value);
        }
    }

    /** What the cell shows (tests read it); written now if it was left for later. */
    String shownText() {
        if (stale) {
            show();
        }
        return text != null ? text.getText() : getText();
    }
}
