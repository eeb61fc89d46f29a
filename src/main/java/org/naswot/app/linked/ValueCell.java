package org.naswot.app.linked;

import java.util.function.IntFunction;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A right-aligned cell of the architecture table (a number, or the index) that shows its value in a {@link Text} node
 * of its own. After a sort every visible cell shows another row; a Labeled's text change takes its text node out of
 * the cell and puts it back (LabeledSkinBase.updateChildren), which sent the node through CSS again and measured its
 * text twice; setting the Text node's text does neither. The text takes the cell's font and colour (a selected row's
 * too) and is clipped to the cell. A cell of a column out of view writes its text only once it is back in view.
 */
final class ValueCell extends TableCell<Integer, Integer> {
    private final Text text = new Text();
    private final IntFunction<String> format;
    /** Whether the text is not yet the item's (the cell was out of its row when given it). */
    private boolean stale;

    ValueCell(IntFunction<String> format) {
        this.format = format;
        text.fontProperty().bind(fontProperty());
        text.fillProperty().bind(textFillProperty());
        setGraphic(text);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        // a column scrolled out of view has its cells taken out of their rows (fixed cell size): they are given
        // their rows all the same, and write their text when they are back
        parentProperty().addListener((o, was, now) -> {
            if (now != null && stale) {
                show();
            }
        });
    }

    @Override
    protected void updateItem(Integer row, boolean empty) {
        super.updateItem(row, empty);
        stale = true;
        if (getParent() != null) {
            show();
        }
    }

    private void show() {
        stale = false;
        Integer row = getItem();
        text.setText(isEmpty() || row == null ? "" : format.apply(row));
    }

    /** What the cell shows (tests read it); written now if it was left for later. */
    String shownText() {
        if (stale) {
            show();
        }
        return text.getText();
    }
}
