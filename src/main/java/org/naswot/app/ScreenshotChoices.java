package org.naswot.app;

import java.util.Map;
import org.naswot.app.explore.ScatterDisplayModel;
import org.naswot.app.main.MainWindow;
import org.naswot.app.proxies.ProxiesShown;
import org.naswot.figures.scatter.ClipPercentiles;

/**
 * The views a screenshot asks for ({@code naswot gui --screenshot ... --axes ranks --clip 1,99 --proxy-figure
 * matrix}): set on the window of that session only. A screenshot session neither reads nor writes the preferences, so
 * none of these becomes the user's setting.
 *
 * @param ranks        the scatter's axes show ranks
 * @param clip         the percentiles the scatter's axes are clipped to, or null for no clipping
 * @param proxyFigure  what the Proxies tab draws, or null for its default
 */
record ScreenshotChoices(boolean ranks, ClipPercentiles clip, ProxiesShown proxyFigure) {

    /** From the app's parameters (checked by {@code naswot gui}: a bad value never reaches the window). */
    static ScreenshotChoices of(Map<String, String> named) {
        String clip = named.get("clip");
        String figure = named.get("proxy-figure");
        return new ScreenshotChoices("ranks".equalsIgnoreCase(named.get("axes")),
                clip == null ? null : ClipPercentiles.parse(clip),
                figure == null ? null : ProxiesShown.ofId(figure).orElseThrow(
                        () -> new IllegalArgumentException("--proxy-figure: not a figure: " + figure)));
    }

    /** Sets the scatter's axes and clipping and the Proxies tab's figure on {@code window}. */
    void applyTo(MainWindow window) {
        ScatterDisplayModel display = window.scatter().display();
        display.ranksProperty().set(ranks);
        if (clip != null) {
            display.clipPercentilesProperty().set(clip);
        }
        display.clipProperty().set(clip != null);
        if (proxyFigure != null) {
            window.proxiesView().shownProperty().set(proxyFigure);
        }
    }
}
