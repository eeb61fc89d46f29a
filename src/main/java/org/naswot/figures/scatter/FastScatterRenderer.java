package org.naswot.figures.scatter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.naswot.figures.paint.ColourMaps;
import org.naswot.figures.paint.ColourScale;
import org.naswot.figures.theme.ChartStyle;

/**
 * Draws the whole scatter in one pass at the first item JFreeChart asks for, grouped by colour so the paint is
 * set once per colour bucket, with one reused ellipse and no per-item entities or shapes. Top-k points
 * are drawn last with a ring, the selection with a larger ring.
 */
public final class FastScatterRenderer extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;
    private final transient ScatterFigure model;
    private final ChartStyle style;
    private final double dot;
    /** Whether the top-k and selection rings (and their legend entry) are drawn. */
    private final boolean marks;
    private transient DotRaster screenRaster;
    /** The thread that redraws the screen (the window's UI thread); null until a view says which. */
    private transient volatile Thread screenThread;

    public FastScatterRenderer(ScatterFigure model, ChartStyle style, double dotSize) {
        this(model, style, dotSize, true);
    }

    public FastScatterRenderer(ScatterFigure model, ChartStyle style, double dotSize, boolean marks) {
        this.model = model;
        this.style = style;
        this.dot = dotSize;
        this.marks = marks;
    }

    /** Share of viridis left out at its dark end on dark themes, where the darkest purples vanish. */
    public static final double DARK_FLOOR = 0.22;

    /** {@link #paramsScale(ScatterData)} as drawn in {@code style}: dark themes skip viridis' darkest end. */
    public static ColourScale paramsScale(ScatterData d, ChartStyle style) {
        ColourScale s = paramsScale(d);
        return s == null || !style.isDark() ? s : s.withFloor(DARK_FLOOR);
    }

    /** The colour scale for the current data (log of params), or null when no params are known. */
    public static ColourScale paramsScale(ScatterData d) {
        if (d.maxParams() <= 0 || d.minParams() == Long.MAX_VALUE) {
            return null;
        }
        // one value (one architecture, equal counts): a zero-width scale, drawn mid-viridis with one labelled value
        return new ColourScale(d.minParams(), Math.max(d.maxParams(), d.minParams()), true);
    }

    /**
     * The colour scale of the colour column over the plotted points (linear, dark themes skip viridis' darkest end),
     * or null when no column is chosen or it has no value for them.
     */
    public static ColourScale columnScale(ScatterFigure model, ChartStyle style) {
        ScatterEncoding enc = model.display().colourBy();
        if (enc == null) {
            return null;
        }
        double[] r = enc.range(model.data());
        if (r[2] == 0) {
            return null;
        }
        ColourScale s = new ColourScale(r[0], r[1], false);
        return style.isDark() ? s.withFloor(DARK_FLOOR) : s;
    }

    /** Each plotted point's dot diameter when a column sizes them, else null. */
    private static double[] sizes(ScatterData d, ScatterDisplay display, double dot) {
        ScatterEncoding enc = display.sizeBy();
        if (enc == null) {
            return null;
        }
        double[] r = enc.range(d);
        if (r[2] == 0) {
            return null;
        }
        double[] out = new double[d.plottedCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = dot * ScatterEncoding.sizeScale(enc.value(d, i), r[0], r[1]);
        }
        return out;
    }

    /** Per render: whether the cloud is drawn yet. */
    private static final class CloudState extends XYItemRendererState {
        boolean drawn;

        CloudState(PlotRenderingInfo info) {
            super(info);
        }
    }

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset data,
                                          PlotRenderingInfo info) {
        return new CloudState(info);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D area, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        // JFreeChart asks only for items whose x lies in the visible range, so after a zoom or pan item 0 may never
        // come: the cloud is drawn at the first item asked for, once per render
        if (pass != 0 || !(state instanceof CloudState cloud) || cloud.drawn) {
            return;
        }
        cloud.drawn = true;
        ScatterData d = model.data();
        ScatterDisplay display = model.display();
        double dot = this.dot * display.markerScale();
        int n = d.plottedCount();
        PlotPositions at = PlotPositions.of(d, plot, area);
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = at.x(i);
            sy[i] = at.y(i);
        }
        Color[] palette = palette(d);
        int[] key = keys(d, palette.length);
        // counting sort by colour key: one setPaint per bucket
        int[] start = new int[palette.length + 1];
        for (int i = 0; i < n; i++) {
            start[key[i] + 1]++;
        }
        for (int b = 0; b < palette.length; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            order[fill[key[i]]++] = i;
        }
        Ellipse2D.Double e = new Ellipse2D.Double();
        double[] sizes = sizes(d, display, dot);
        double r = dot / 2;
        double margin = sizes == null ? dot : dot * ScatterEncoding.MAX_SCALE;
        double minX = area.getMinX() - margin;
        double maxX = area.getMaxX() + margin;
        double minY = area.getMinY() - margin;
        double maxY = area.getMaxY() + margin;
        if (isVector(g2)) {
            for (int b = 0; b < palette.length; b++) {
                if (start[b] == start[b + 1]) {
                    continue;
                }
                g2.setPaint(palette[b]);
                for (int j = start[b]; j < start[b + 1]; j++) {
                    int i = order[j];
                    double x = sx[i];
                    double y = sy[i];
                    if (x < minX || x > maxX || y < minY || y > maxY || at.pinned(i)) {
                        continue;
                    }
                    double di = sizes == null ? dot : sizes[i];
                    e.setFrame(x - di / 2, y - di / 2, di, di);
                    g2.fill(e);
                }
            }
        } else {
            // raster target: stamp all dots into one device-resolution image, then draw it once
            AffineTransform t = g2.getTransform();
            double scale = Math.max(1e-6, Math.sqrt(Math.abs(t.getDeterminant())));
            int bw = (int) Math.ceil(area.getWidth() * scale);
            int bh = (int) Math.ceil(area.getHeight() * scale);
            DotRaster raster = raster(bw, bh, dot * scale);
            for (int b = 0; b < palette.length; b++) {
                for (int j = start[b]; j < start[b + 1]; j++) {
                    int i = order[j];
                    double x = sx[i];
                    double y = sy[i];
                    if (x < minX || x > maxX || y < minY || y > maxY || at.pinned(i)) {
                        continue;
                    }
                    if (sizes == null) {
                        raster.stamp((x - area.getX()) * scale, (y - area.getY()) * scale, palette[b]);
                    } else {
                        raster.stamp((x - area.getX()) * scale, (y - area.getY()) * scale, palette[b], sizes[i] * scale);
                    }
                }
            }
            AffineTransform place = AffineTransform.getTranslateInstance(area.getX(), area.getY());
            place.scale(1 / scale, 1 / scale);
            g2.drawImage(raster.image(), place, null);
        }
        EdgeMarkers.draw(g2, at, palette, key, dot);
        TrendLines.draw(g2, model, plot, area, style, dot);
        if (!marks) {
            return;
        }
        // brushed in a linked view: a thin ring in the selection colour, under the top-k rings
        if (model.brushedCount() > 0) {
            float stroke = (float) Math.max(1.2, dot * 0.35);
            g2.setStroke(new BasicStroke(stroke));
            g2.setPaint(style.selection());
            for (int i = 0; i < n; i++) {
                if (model.isBrushed(d.plottedPoint(i).index())) {
                    g2.draw(ring(e, at, i, dot * 1.4, dot, stroke));
                }
            }
        }
        // top-k: opaque dot with a ring in the top-k colour; an edge marker is not covered by a dot, and its ring goes
        // round the triangle, so which way it points stays readable
        int[] top = model.topKPlotted();
        float topStroke = (float) Math.max(1.2, dot * 0.4);
        g2.setStroke(new BasicStroke(topStroke));
        for (int i : top) {
            ring(e, at, i, dot * 1.1, dot, topStroke);
            if (!at.pinned(i)) {
                g2.setPaint(opaque(palette[key[i]]));
                g2.fill(e);
            }
            g2.setPaint(topKRingColour(model.colourMode(), style));
            g2.draw(e);
        }
        int sel = d.plottedIndexOf(model.selected());
        if (sel >= 0) {
            float stroke = (float) Math.max(2, dot * 0.6);
            g2.setStroke(new BasicStroke(stroke));
            g2.setPaint(style.foreground());
            g2.draw(ring(e, at, sel, dot * 2.2, dot, stroke));
        }
    }

    /**
     * Sets {@code e} to a ring of radius {@code r} about point {@code i}'s dot or, for a point pinned to the edge,
     * about its whole triangle and clear of it (at least {@code r}, wider where the triangle needs it).
     */
    private static Ellipse2D.Double ring(Ellipse2D.Double e, PlotPositions at, int i, double r, double dot,
                                         float stroke) {
        double cx = at.x(i);
        double cy = at.y(i);
        if (at.pinned(i)) {
            double[] c = EdgeMarkers.enclosing(at, i, dot);
            cx = c[0];
            cy = c[1];
            r = Math.max(r, c[2] + stroke / 2.0 + 1);
        }
        e.setFrame(cx - r, cy - r, 2 * r, 2 * r);
        return e;
    }

    /** The diameter the dots are drawn at now (the marker size chosen times the style's): hover finds markers by it. */
    public double drawnDot() {
        return dot * model.display().markerScale();
    }

    /**
     * The screen redraws many times a second while results stream in: reuse its pixel buffer (cleared) rather
     * than allocating a fresh plot-sized image each time. Other threads (exports) get their own.
     */
    private DotRaster raster(int w, int h, double diameter) {
        if (Thread.currentThread() != screenThread) {
            return new DotRaster(w, h, diameter);
        }
        if (screenRaster == null || !screenRaster.fits(w, h, diameter)) {
            screenRaster = new DotRaster(w, h, diameter);
        } else {
            screenRaster.clear();
        }
        return screenRaster;
    }

    /** Lets redraws on the current thread (the window's UI thread) reuse one pixel buffer. */
    public void reuseRasterOnThisThread() {
        screenThread = Thread.currentThread();
    }

    /** Vector targets (SVG, PDF, printers) get one shape per point; everything else a stamped raster. */
    public static boolean isVector(Graphics2D g2) {
        String n = g2.getClass().getName();
        return n.startsWith("org.jfree.svg.") || n.startsWith("org.jfree.pdf.") || n.startsWith("de.rototor.pdfbox.")
                || g2 instanceof java.awt.PrintGraphics
                || g2 instanceof java.awt.print.PrinterGraphics;
    }

    private Color[] palette(ScatterData d) {
        ColourMode mode = model.colourMode();
        int alpha = model.display().alpha255();
        if (mode == ColourMode.PARAMS && paramsScale(d) != null || mode == ColourMode.COLUMN
                && columnScale(model, style) != null) {
            int size = ColourMaps.viridisSize();
            // a column may lack values for some points: one more bucket, grey, for them
            Color[] p = new Color[mode == ColourMode.COLUMN ? size + 1 : size];
            for (int i = 0; i < size; i++) {
                p[i] = withAlpha(new Color(ColourMaps.viridisEntry(i)), alpha);
            }
            if (p.length > size) {
                p[size] = withAlpha(Color.GRAY, alpha);
            }
            return p;
        }
        if (mode == ColourMode.GROUP) {
            int groups = Math.max(1, d.groups().size());
            Color[] p = new Color[groups];
            for (int i = 0; i < groups; i++) {
                p[i] = withAlpha(groupColour(i), alpha);
            }
            return p;
        }
        return new Color[] {withAlpha(ColourMaps.OKABE_ITO[4], alpha)};
    }

    /**
     * The top-k rings' colour: the accent, except where points are coloured by group (overlaid runs), whose orange and
     * vermillion are the accent's neighbours (review P3: run #2's orange dots read as ringed); there the rings are
     * drawn in the foreground colour, thinner and smaller than the selected point's ring.
     */
    public static Color topKRingColour(ColourMode mode, ChartStyle style) {
        return mode == ColourMode.GROUP ? style.foreground() : style.accent();
    }

    /** Colour of group {@code i} (Okabe-Ito order: blue first, then orange, green, ...). */
    public static Color groupColour(int i) {
        int[] order = {4, 0, 2, 5, 1, 6, 3};
        return ColourMaps.OKABE_ITO[order[Math.floorMod(i, order.length)]];
    }

    private int[] keys(ScatterData d, int buckets) {
        int n = d.plottedCount();
        int[] key = new int[n];
        ColourMode mode = model.colourMode();
        ColourScale scale = paramsScale(d, style);
        if (mode == ColourMode.PARAMS && scale != null) {
            for (int i = 0; i < n; i++) {
                long p = d.plottedPoint(i).params();
                key[i] = p > 0 ? scale.bucket(p) : 0;
            }
        } else if (mode == ColourMode.GROUP) {
            for (int i = 0; i < n; i++) {
                key[i] = Math.min(d.group(i), buckets - 1);
            }
        } else if (mode == ColourMode.COLUMN && buckets > 1) {
            ColourScale column = columnScale(model, style);
            ScatterEncoding enc = model.display().colourBy();
            for (int i = 0; i < n; i++) {
                double v = enc.value(d, i);
                // no value: the scale's lowest colour would claim one, so the plot's single colour instead
                key[i] = Double.isNaN(v) ? buckets - 1 : column.bucket(v);
            }
        }
        return key;
    }

    private static Color withAlpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    private static Color opaque(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        ScatterData d = model.data();
        double s = 9 * style.fontScale();
        if (model.colourMode() == ColourMode.GROUP) {
            List<String> groups = d.groups();
            for (int i = 0; i < groups.size(); i++) {
                String name = groups.get(i).isEmpty() ? "(no group)" : groups.get(i);
                items.add(new LegendItem(name, null, null, null, new Ellipse2D.Double(-s / 2, -s / 2, s, s),
                        groupColour(i)));
            }
        }
        ScatterDisplay display = model.display();
        TrendLine trend = display.trend() ? TrendLine.fit(d, display.logX(), display.logY()) : null;
        if (trend != null) {
            items.add(new LegendItem(trend.describe(), null, null, null, new java.awt.geom.Line2D.Double(-s, 0, s, 0),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f),
                    style.foreground()));
        }
        ScatterEncoding size = display.sizeBy();
        double[] sr = size == null ? null : size.range(d);
        if (sr != null && sr[2] > 0) {
            // one value for every point: said once, not as a range from it to itself
            String range = sr[1] > sr[0] ? String.format(java.util.Locale.ROOT, "%.4g\u2013%.4g", sr[0], sr[1])
                    : String.format(java.util.Locale.ROOT, "all %.4g", sr[0]);
            items.add(new LegendItem("size: " + size.column() + " " + range, null, null, null,
                    new Ellipse2D.Double(-s, -s, 2 * s, 2 * s), style.muted()));
        }
        AxisClip clip = d.clip();
        if (clip != null && clip.beyondCount() > 0) {
            items.add(new LegendItem(clip.beyondNote(), null, null, null, EdgeMarkers.triangle(s * 0.6, 0, 1, 0, s * 1.2),
                    style.plotBackground(), new BasicStroke(1.2f), style.foreground()));
        }
        if (marks && model.topK() > 0 && d.plottedCount() > 0) {
            LegendItem top = new LegendItem("top " + Math.min(model.topK(), d.plottedCount())
                    + " by " + (model.isNwot() ? "score" : model.measure()), null, null, null, new Ellipse2D.Double(-s / 2, -s / 2, s, s),
                    style.plotBackground(), new BasicStroke(2f), topKRingColour(model.colourMode(), style));
            items.add(top);
        }
        return items;
    }

    /** The axes fit the dataset's own bounds: clipped to percentiles when asked (ScatterDataset), not every item. */
    @Override
    public org.jfree.data.Range findDomainBounds(XYDataset dataset) {
        return dataset instanceof ScatterDataset s ? s.getDomainBounds(false) : super.findDomainBounds(dataset);
    }

    @Override
    public org.jfree.data.Range findRangeBounds(XYDataset dataset) {
        return dataset instanceof ScatterDataset s ? s.getRangeBounds(false) : super.findRangeBounds(dataset);
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        return null;
    }
}
