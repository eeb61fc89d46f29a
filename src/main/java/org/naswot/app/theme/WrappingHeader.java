package org.naswot.app.theme;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A table column's header that wraps between words and never cuts one: the column is at least as wide as the
 * header's longest word in the current font (Large fonts included), the table scrolls sideways where the columns do
 * not fit (review: "CIFAR-1...", "Ken..." headers).
 */
public final class WrappingHeader {
    private WrappingHeader() {
    }

    /** Puts {@code title} (and its {@code explanation} on hover, when given) as the column's wrapping header. */
    public static Label install(TableColumn<?, ?> column, String title, String explanation) {
        Label header = new Label(title);
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        header.setMinHeight(Region.USE_PREF_SIZE);
        if (explanation != null) {
            header.setTooltip(new Tooltip(explanation));
        }
        header.prefWidthProperty().bind(column.widthProperty().subtract(10));
        column.setText(null);
        column.setGraphic(header);
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> longestWord(header.getText(), header.getFont()) + 16, header.textProperty(), header.fontProperty()));
        return header;
    }

    static double longestWord(String text, Font font) {
        Text t = new Text();
        t.setFont(font);
        return Arrays.stream(text == null ? new String[0] : text.split("\\s+")).mapToDouble(w -> {
            t.setText(w);
            return t.getLayoutBounds().getWidth();
        }).max().orElse(0);
    }
}
