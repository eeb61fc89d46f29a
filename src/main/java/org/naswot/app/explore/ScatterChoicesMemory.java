package org.naswot.app.explore;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.value.ObservableValue;
import org.naswot.app.theme.ScatterChoices;

/**
 * The scatter's axes (values or ranks, log, clipped), trend line and colour and size columns, remembered per space (a column of one space, an
 * operation count say, may not exist in another): opening a space brings back its own choices; a space with none
 * remembered keeps what is shown. A remembered column the shown table lacks changes nothing until a table has it.
 */
public final class ScatterChoicesMemory {
    private final ScatterDisplayModel display;
    private final Map<String, ScatterChoices> bySpace = new HashMap<>();
    private String space;

    /** @param remembered the choices saved by space id, or null */
    public ScatterChoicesMemory(ScatterDisplayModel display, Map<String, ScatterChoices> remembered) {
        this.display = display;
        if (remembered != null) {
            remembered.forEach((id, c) -> {
                if (id != null && c != null) {
                    bySpace.put(id, c);
                }
            });
        }
    }

    /** Follows the open space from now on, starting with the one open now. */
    public void follow(ObservableValue<String> openSpace) {
        switchTo(openSpace.getValue());
        openSpace.addListener((o, was, now) -> switchTo(now));
    }

    /** Keeps the choices of the space left and applies those remembered for {@code next}, if any. */
    void switchTo(String next) {
        if (space != null) {
            bySpace.put(space, current());
        }
        space = next;
        ScatterChoices c = next == null ? null : bySpace.get(next);
        if (c == null) {
            return;
        }
        display.logXProperty().set(c.logX());
        display.logYProperty().set(c.logY());
        display.trendProperty().set(c.trend());
        display.ranksProperty().set(c.ranks());
        display.clipProperty().set(c.clip());
        if (c.size() == null) {
            display.sizeColumnProperty().set(null);
        }
        display.chooseColumns(c.colour(), c.size());
    }

    /** Every space's choices, the open space's as they are now: what the preferences save. */
    public Map<String, ScatterChoices> choices() {
        Map<String, ScatterChoices> out = new TreeMap<>(bySpace);
        if (space != null) {
            out.put(space, current());
        }
        return out;
    }

    private ScatterChoices current() {
        return new ScatterChoices(display.logXProperty().get(), display.logYProperty().get(),
                display.trendProperty().get(), display.colourChoice(), display.sizeChoice(),
                display.ranksProperty().get(), display.clipProperty().get());
    }
}
