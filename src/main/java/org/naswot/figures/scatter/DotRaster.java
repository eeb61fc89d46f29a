package org.naswot.figures.scatter;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Stamps many small anti-aliased discs into an ARGB (premultiplied) pixel buffer: thousands of points
 * cost a few milliseconds instead of one shape fill each. Used for raster targets (screen, PNG); vector
 * targets get one ellipse per point instead.
 */
final class DotRaster {
    private static final int[] ZEROS = new int[16_384];
    private final BufferedImage image;
    private final int[] px;
    private final int w;
    private final int h;
    private final int size;
    private final int[] mask;
    private final double diameter;

    DotRaster(int width, int height, double diameter) {
        this.w = Math.max(1, width);
        this.h = Math.max(1, height);
        this.image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        this.px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.diameter = diameter;
        this.size = Math.max(1, (int) Math.ceil(diameter) + 1);
        this.mask = discMask(size, diameter / 2);
    }

    /** Coverage 0..255 of a disc of radius r centred in a size x size cell, 4x4 supersampled. */
    private static int[] discMask(int size, double r) {
        int[] m = new int[size * size];
        double c = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int in = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        double dx = x + (sx + 0.5) / 4 - c;
                        double dy = y + (sy + 0.5) / 4 - c;
                        if (dx * dx + dy * dy <= r * r) {
                            in++;
                        }
                    }
                }
                m[y * size + x] = in * 255 / 16;
            }
        }
        return m;
    }

    /** Draws a disc centred at (cx, cy) in buffer pixels. */
    void stamp(double cx, double cy, Color c) {
        stamp(cx, cy, c, mask, size);
    }

    /** Masks of other diameters (a column sizes the dots), by diameter in quarter pixels. */
    private final java.util.Map<Integer, int[]> sized = new java.util.HashMap<>();

    /** Draws a disc of {@code d} buffer pixels (to a quarter pixel) centred at (cx, cy). */
    void stamp(double cx, double cy, Color c, double d) {
        int quarters = Math.max(1, (int) Math.round(d * 4));
        int s = Math.max(1, (int) Math.ceil(quarters / 4.0) + 1);
        int[] m = sized.computeIfAbsent(quarters, q -> discMask(s, q / 8.0));
        stamp(cx, cy, c, m, s);
    }

    private void stamp(double cx, double cy, Color c, int[] mask, int size) {
        int x0 = (int) Math.round(cx - size / 2.0);
        int y0 = (int) Math.round(cy - size / 2.0);
        int ca = c.getAlpha();
        int cr = c.getRed();
        int cg = c.getGreen();
        int cb = c.getBlue();
        for (int my = 0; my < size; my++) {
            int y = y0 + my;
            if (y < 0 || y >= h) {
                continue;
            }
            int row = y * w;
            for (int mx = 0; mx < size; mx++) {
                int x = x0 + mx;
                int cov = mask[my * size + mx];
                if (x < 0 || x >= w || cov == 0) {
                    continue;
                }
                int a = ca * cov / 255;
                int inv = 255 - a;
                int d = px[row + x];
                int da = d >>> 24;
                int dr = (d >> 16) & 255;
                int dg = (d >> 8) & 255;
                int db = d & 255;
                int oa = a + da * inv / 255;
                int or = cr * a / 255 + dr * inv / 255;
                int og = cg * a / 255 + dg * inv / 255;
                int ob = cb * a / 255 + db * inv / 255;
                px[row + x] = (oa << 24) | (or << 16) | (og << 8) | ob;
            }
        }
    }

    boolean fits(int width, int height, double dotDiameter) {
        return w == Math.max(1, width) && h == Math.max(1, height) && diameter == dotDiameter;
    }

    /** Back to fully transparent, for reuse. */
    void clear() {
        // native copies from a zero block: fast from the first call, while a fill loop starts interpreted
        for (int i = 0; i < px.length; i += ZEROS.length) {
            System.arraycopy(ZEROS, 0, px, i, Math.min(ZEROS.length, px.length - i));
        }
    }

    BufferedImage image() {
        return image;
    }
}
