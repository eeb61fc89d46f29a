package org.naswot.figures.theme;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of exported figures: DejaVu Sans and DejaVu Serif (regular and bold), shipped with the application
 * ({@code org/naswot/app/fonts}, Bitstream Vera licence) so that a figure looks the same on every machine and its
 * PDF can embed exactly the font it was laid out with. Registered with the AWT font system on first use, so that
 * {@code new Font("DejaVu Sans", ...)} resolves whether or not the system has them.
 */
public final class FigureFonts {
    public static final String SANS = "DejaVu Sans";
    public static final String SERIF = "DejaVu Serif";

    private static volatile boolean registered;

    private FigureFonts() {
    }

    /** Makes the bundled families known to AWT (once). */
    public static void ensureRegistered() {
        if (registered) {
            return;
        }
        synchronized (FigureFonts.class) {
            if (registered) {
                return;
            }
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf",
                "DejaVuSerif-Bold.ttf"}) {
                try (InputStream in = open(file)) {
                    ge.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the bundled font " + file, e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException("the bundled font " + file + " is damaged", e);
                }
            }
            registered = true;
        }
    }

    /** Whether {@code family} is one of the bundled ones. */
    public static boolean isBundled(String family) {
        return SANS.equals(family) || SERIF.equals(family);
    }

    /** The bundled file closest to {@code font}: serif or sans, bold or regular (e.g. "DejaVuSerif-Bold.ttf"). */
    public static String face(Font font) {
        String family = font.getFamily() == null ? "" : font.getFamily();
        boolean serif = family.contains("Serif") && !family.contains("Sans");
        return (serif ? "DejaVuSerif" : "DejaVuSans") + (font.isBold() ? "-Bold" : "") + ".ttf";
    }

    /** The TrueType data of the bundled font closest to {@code font}. */
    public static InputStream trueType(Font font) {
        return open(face(font));
    }

    private static InputStream open(String file) {
        InputStream in = FigureFonts.class.getResourceAsStream("/org/naswot/app/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("the bundled font " + file + " is missing from this build");
        }
        return in;
    }
}
