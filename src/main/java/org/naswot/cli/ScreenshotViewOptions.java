package org.naswot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.common.UserFacingException;

/**
 * {@code naswot gui --screenshot OUT.png --axes values|ranks --clip LOW,HIGH --proxy-figure heatmap|matrix|parallel}:
 * the views a screenshot shows, checked before any window opens (a bad value is one line and exit 2, no file).
 */
final class ScreenshotViewOptions {
    private ScreenshotViewOptions() {
    }

    /**
     * The app's parameters for the options given ("--axes=ranks", ...); refuses bad values and use without a screenshot.
     *
     * @param figures the Proxies tab's figures by name (heatmap, matrix, parallel)
     */
    static List<String> check(boolean screenshot, String axes, String clip, String proxyFigure, List<String> figures) {
        List<String> args = new ArrayList<>();
        if (axes == null && clip == null && proxyFigure == null) {
            return args;
        }
        if (!screenshot) {
            throw new UserFacingException("--axes, --clip and --proxy-figure choose what a screenshot shows: add "
                    + "--screenshot OUT.png, or choose them in the window (Axes, Display, Figure)");
        }
        if (axes != null) {
            args.add("--axes=" + (ScatterAxesOptions.ranks(axes) ? "ranks" : "values"));
        }
        if (clip != null) {
            ScatterAxesOptions.clip(clip);
            args.add("--clip=" + clip.strip());
        }
        if (proxyFigure != null) {
            String id = proxyFigure.strip().toLowerCase(Locale.ROOT);
            if (!figures.contains(id)) {
                throw new UserFacingException("--proxy-figure must be " + String.join(", ", figures.subList(0,
                        figures.size() - 1)) + " or " + figures.get(figures.size() - 1) + ", not '" + proxyFigure + "'");
            }
            args.add("--proxy-figure=" + id);
        }
        return args;
    }
}
