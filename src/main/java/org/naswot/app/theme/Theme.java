package org.naswot.app.theme;

import org.naswot.figures.theme.ChartStyle;
import java.net.URL;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The application themes. The stylesheets live on the classpath (src/main/resources/org/naswot/app/themes,
 * linked as assets/themes), the single source of truth that ships in the jar.
 */
public enum Theme {
    LIGHT("light.css", ChartStyle.LIGHT),
    DARK("dark.css", ChartStyle.DARK);

    /** Style class toggled on a root to scale every font for projection. */
    public static final String LARGE_FONTS = "large-fonts";
    /** Factor by which {@link #LARGE_FONTS} scales CSS fonts; charts and painters use the same. */
    public static final double LARGE_FONT_SCALE = 1.5;

    private final String file;
    private final ChartStyle chartStyle;

    Theme(String file, ChartStyle chartStyle) {
        this.file = file;
        this.chartStyle = chartStyle;
    }

    public URL stylesheet() {
        return Objects.requireNonNull(Theme.class.getResource("/org/naswot/app/themes/" + file), file);
    }

    public String stylesheetUrl() {
        return stylesheet().toExternalForm();
    }

    /** Shared rules (layout, components) applied under every theme. */
    public static String baseStylesheetUrl() {
        return Objects.requireNonNull(Theme.class.getResource("/org/naswot/app/themes/base.css")).toExternalForm();
    }

    public ChartStyle chartStyle() {
        return chartStyle;
    }

    public ChartStyle chartStyle(boolean largeFonts) {
        return largeFonts ? chartStyle.withFontScale(LARGE_FONT_SCALE) : chartStyle;
    }

    /** Replaces any theme stylesheet of the scene with this one (base stylesheet kept first). */
    public void applyTo(Scene scene) {
        scene.getStylesheets().removeIf(s -> s.contains("/org/naswot/app/themes/"));
        scene.getStylesheets().addAll(baseStylesheetUrl(), stylesheetUrl());
    }

    public static void setLargeFonts(Parent root, boolean on) {
        root.getStyleClass().remove(LARGE_FONTS);
        if (on) {
            root.getStyleClass().add(LARGE_FONTS);
        }
    }

    public static Theme fromName(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
