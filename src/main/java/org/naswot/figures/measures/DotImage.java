package org.naswot.figures.measures;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Square translucent dots blended into a premultiplied ARGB buffer: the scatter matrix's k(k−1) panels of up to
 * 15,625 dots each cost milliseconds this way, where a shape per dot would take seconds (and megabytes of SVG).
 */
final class DotImage {
    private final BufferedImage image;
    private final int[] px;
    private final int w;
    private final int h;

    DotImage(int width, int height) {
        this.w = Math.max(1, width);
        this.h = Math.max(1, height);
        this.image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        this.px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** A {@code size}-pixel square centred at (x, y), colour {@code rgb} at opacity {@code alpha}, over what is there. */
    void dot(double x, double y, int size, int rgb, double alpha) {
        int x0 = (int) Math.round(x - size / 2.0);
        int y0 = (int) Math.round(y - size / 2.0);
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        int sr = ((rgb >> 16) & 255) * a / 255;
        int sg = ((rgb >> 8) & 255) * a / 255;
        int sb = (rgb & 255) * a / 255;
        int keep = 255 - a;
        for (int yy = Math.max(0, y0); yy < Math.min(h, y0 + size); yy++) {
            for (int xx = Math.max(0, x0); xx < Math.min(w, x0 + size); xx++) {
                int d = px[yy * w + xx];
                int da = (d >>> 24) & 255;
                int dr = (d >> 16) & 255;
                int dg = (d >> 8) & 255;
                int db = d & 255;
                px[yy * w + xx] = ((a + da * keep / 255) << 24) | ((sr + dr * keep / 255) << 16)
                        | ((sg + dg * keep / 255) << 8) | (sb + db * keep / 255);
            }
        }
    }

    /** A copy of these pixels to draw more over (the kept layer stays as it is). */
    DotImage copy() {
        DotImage c = new DotImage(w, h);
        System.arraycopy(px, 0, c.px, 0, px.length);
        return c;
    }

    BufferedImage image() {
        return image;
    }
}
