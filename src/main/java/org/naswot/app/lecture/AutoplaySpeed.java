package org.naswot.app.lecture;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How long autoplay shows each step: a few choices, one value for the whole window (every lecture view shares it),
 * restored from and saved to the user's preferences by the application.
 */
public final class AutoplaySpeed {
    /** The seconds per step offered. */
    public static final List<Double> CHOICES = List.of(1.0, 2.5, 5.0, 10.0);
    public static final double DEFAULT_SECONDS = 2.5;
    private static final DoubleProperty SECONDS = new SimpleDoubleProperty(AutoplaySpeed.class, "seconds",
            DEFAULT_SECONDS);

    private AutoplaySpeed() {
    }

    /** Seconds per step, shared by every lecture view (the FX thread's). */
    public static DoubleProperty secondsProperty() {
        return SECONDS;
    }

    /** Sets the remembered speed; a value that is not one of the choices (another version's) is ignored. */
    public static void restore(Double seconds) {
        if (seconds != null && CHOICES.contains(seconds)) {
            SECONDS.set(seconds);
        }
    }

    /** "2.5 s per step". */
    static String label(double seconds) {
        String s = seconds == Math.rint(seconds) ? String.format(Locale.ROOT, "%d", (long) seconds)
                : String.format(Locale.ROOT, "%.1f", seconds);
        return s + " s per step";
    }
}
