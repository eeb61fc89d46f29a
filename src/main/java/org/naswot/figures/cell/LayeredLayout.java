package org.naswot.figures.cell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.naswot.figures.model.CellGraph;

/**
 * A left-to-right layered layout of a small DAG (Sugiyama style, simplified for cells of up to a dozen
 * nodes): layers from the longest path from the sources, order within a layer by the barycentre of the
 * predecessors, straight edges between adjacent layers and arcs above or below the node band for edges
 * that skip layers, stacked so that arcs sharing an x-range never share a height. Edge labels sit at the
 * middle of straight edges and at the apex of arcs, and are slid along their edge when they would cover
 * a node or another label. Pure geometry: no JavaFX, no AWT.
 */
public final class LayeredLayout {

    /** An axis-aligned box by its centre. */
    public record Box(double cx, double cy, double w, double h) {
        public double minX() {
            return cx - w / 2;
        }

        public double maxX() {
            return cx + w / 2;
        }

        public double minY() {
            return cy - h / 2;
        }

        public double maxY() {
            return cy + h / 2;
        }

        public boolean intersects(Box o, double gap) {
            return minX() - gap < o.maxX() && o.minX() - gap < maxX() && minY() - gap < o.maxY()
                    && o.minY() - gap < maxY();
        }

        Box moved(double dx, double dy) {
            return new Box(cx + dx, cy + dy, w, h);
        }
    }

    /**
     * One edge as a chain of cubic Bezier segments: {@code path} = x0, y0, then six numbers per segment
     * (c1x, c1y, c2x, c2y, x, y). {@code label} is null for unlabelled edges.
     */
    public record Route(int edge, double[] path, boolean curved, Box label) {
        public int segments() {
            return (path.length - 2) / 6;
        }

        /** Point at parameter t in [0, 1] (uniform over segments). */
        public double[] at(double t) {
            int n = segments();
            double f = Math.max(0, Math.min(1, t)) * n;
            int k = Math.min((int) f, n - 1);
            double u = f - k;
            int o = k * 6;
            double x0 = path[o];
            double y0 = path[o + 1];
            double v = 1 - u;
            double a = v * v * v;
            double b = 3 * v * v * u;
            double c = 3 * v * u * u;
            double d = u * u * u;
            return new double[] {a * x0 + b * path[o + 2] + c * path[o + 4] + d * path[o + 6],
                    a * y0 + b * path[o + 3] + c * path[o + 5] + d * path[o + 7]};
        }

        public double[] start() {
            return new double[] {path[0], path[1]};
        }

        public double[] end() {
            return new double[] {path[path.length - 2], path[path.length - 1]};
        }

        /** Unit tangent at the end (direction of the arrowhead). */
        public double[] endDirection() {
            int n = path.length;
            double dx = path[n - 2] - path[n - 4];
            double dy = path[n - 1] - path[n - 3];
            double len = Math.hypot(dx, dy);
            if (len < 1e-9) {
                dx = path[n - 2] - path[n - 8];
                dy = path[n - 1] - path[n - 7];
                len = Math.hypot(dx, dy);
            }
            return new double[] {dx / len, dy / len};
        }

        Route moved(double dx, double dy) {
            double[] p = path.clone();
            for (int i = 0; i < p.length; i += 2) {
                p[i] += dx;
                p[i + 1] += dy;
            }
            return new Route(edge, p, curved, label == null ? null : label.moved(dx, dy));
        }

        Route withLabel(Box b) {
            return new Route(edge, path, curved, b);
        }

        static Route straight(int edge, double x0, double y0, double x1, double y1) {
            return new Route(edge, new double[] {x0, y0, x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3,
                    x0 + 2 * (x1 - x0) / 3, y0 + 2 * (y1 - y0) / 3, x1, y1}, false, null);
        }

        static Route quadratic(int edge, double x0, double y0, double cx, double cy, double x1, double y1) {
            return new Route(edge, new double[] {x0, y0, x0 + 2 * (cx - x0) / 3, y0 + 2 * (cy - y0) / 3,
                    x1 + 2 * (cx - x1) / 3, y1 + 2 * (cy - y1) / 3, x1, y1}, true, null);
        }

        /** A smooth curve through the points (Catmull-Rom as cubic Beziers). */
        static Route through(int edge, List<double[]> pts) {
            double[] p = new double[2 + 6 * (pts.size() - 1)];
            p[0] = pts.get(0)[0];
            p[1] = pts.get(0)[1];
            for (int i = 0; i < pts.size() - 1; i++) {
                double[] a = pts.get(Math.max(0, i - 1));
                double[] b = pts.get(i);
                double[] c = pts.get(i + 1);
                double[] d = pts.get(Math.min(pts.size() - 1, i + 2));
                int o = 2 + 6 * i;
                p[o] = b[0] + (c[0] - a[0]) / 6;
                p[o + 1] = b[1] + (c[1] - a[1]) / 6;
                p[o + 2] = c[0] - (d[0] - b[0]) / 6;
                p[o + 3] = c[1] - (d[1] - b[1]) / 6;
                p[o + 4] = c[0];
                p[o + 5] = c[1];
            }
            return new Route(edge, p, pts.size() > 2, null);
        }
    }

    /** Sizes the layout needs. */
    public record Metrics(ToDoubleFunction<String> textWidth, double textHeight, double nodeMinWidth,
                          double nodeHeight, double nodePadding, double labelPadding, double minLayerGap,
                          double rowGap, double arcStep, double margin) {

        /** Estimated metrics for a font of {@code fontSize} (used by tests and as a fallback). */
        public static Metrics estimate(double fontSize) {
            return new Metrics(s -> s.length() * fontSize * 0.6, fontSize * 1.25, fontSize * 2.6, fontSize * 2.6,
                    fontSize * 0.8, fontSize * 0.45, fontSize * 3, fontSize * 4.5, fontSize * 2.7, fontSize * 1.2);
        }
    }

    public record Result(int[] layer, Box[] nodes, List<Route> routes, double width, double height) {
        public List<Box> labels() {
            return routes.stream().map(Route::label).filter(java.util.Objects::nonNull).toList();
        }
    }

    private LayeredLayout() {
    }

    /** Layer of each node: the length of the longest path from any source. */
    public static int[] layers(CellGraph g) {
        int n = g.nodes().size();
        int[] indeg = new int[n];
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        for (CellGraph.Edge e : g.edges()) {
            out.get(e.from()).add(e.to());
            indeg[e.to()]++;
        }
        int[] layer = new int[n];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (indeg[i] == 0) {
                ready.add(i);
            }
        }
        int seen = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            seen++;
            for (int w : out.get(v)) {
                layer[w] = Math.max(layer[w], layer[v] + 1);
                if (--indeg[w] == 0) {
                    ready.add(w);
                }
            }
        }
        if (seen != n) {
            throw new IllegalArgumentException("the cell graph has a cycle");
        }
        return layer;
    }

    /**
     * Room for crowded labels, tried in turn until no label collides: {widening of a layer gap per labelled edge
     * beyond its rows, row gap factor}. Rows part first: a cell pair sits in halves of a view, which are rarely
     * wider than tall, so a taller layout is drawn larger than a wider one.
     */
    private static final double[][] SPREADS = {{0.45, 1.4}, {0.45, 1.8}, {0.9, 1.8}, {0.9, 2.3}, {1.4, 2.3},
        {2.0, 2.3}};

    public static Result layout(CellGraph g, Metrics m) {
        Result r = null;
        Result firstClear = null;
        for (double[] spread : SPREADS) {
            r = layout(g, m, spread[0], spread[1]);
            if (!collides(r)) {
                if (crossedLabels(r) == 0) {
                    return r;
                }
                // no label on a box; keep looking for a spread where no edge strikes a label either
                if (firstClear == null || crossedLabels(r) < crossedLabels(firstClear)) {
                    firstClear = r;
                }
            }
        }
        return firstClear != null ? firstClear : r;
    }

    /** Whether a label covers a node or another label. */
    static boolean collides(Result r) {
        List<Box> boxes = new ArrayList<>(Arrays.asList(r.nodes()));
        boxes.addAll(r.labels());
        for (int i = r.nodes().length; i < boxes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (boxes.get(i).intersects(boxes.get(j), 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Result layout(CellGraph g, Metrics m, double spread, double labelledRowGap) {
        int n = g.nodes().size();
        int[] layer = layers(g);
        int layers = Arrays.stream(layer).max().orElse(0) + 1;
        // virtual nodes: the real ones, then one dummy per layer crossed by a long edge
        List<Integer> vLayer = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vLayer.add(layer[i]);
        }
        List<List<Integer>> chains = new ArrayList<>(); // per edge: virtual nodes from source to target
        for (CellGraph.Edge e : g.edges()) {
            List<Integer> chain = new ArrayList<>();
            chain.add(e.from());
            for (int l = layer[e.from()] + 1; l < layer[e.to()]; l++) {
                chain.add(vLayer.size());
                vLayer.add(l);
            }
            chain.add(e.to());
            chains.add(chain);
        }
        int vn = vLayer.size();
        boolean chainLike = true;
        int[] realPerLayer = new int[layers];
        for (int i = 0; i < n; i++) {
            realPerLayer[layer[i]]++;
        }
        for (int c : realPerLayer) {
            chainLike &= c == 1;
        }
        // order within layers by barycentre (down and up sweeps); in chain-like cells (NB201) the real
        // nodes stay on one line and long edges become arcs instead
        List<List<Integer>> rows = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            rows.add(new ArrayList<>());
        }
        for (int v = 0; v < vn; v++) {
            if (v < n || !chainLike) {
                rows.get(vLayer.get(v)).add(v);
            }
        }
        List<int[]> vEdges = new ArrayList<>();
        for (List<Integer> chain : chains) {
            for (int k = 0; k + 1 < chain.size(); k++) {
                vEdges.add(new int[] {chain.get(k), chain.get(k + 1)});
            }
        }
        double[] pos = new double[vn];
        for (List<Integer> row : rows) {
            for (int k = 0; k < row.size(); k++) {
                pos[row.get(k)] = k;
            }
        }
        if (!chainLike) {
            for (int sweep = 0; sweep < 4; sweep++) {
                boolean down = sweep % 2 == 0;
                for (int step = 1; step < layers; step++) {
                    int l = down ? step : layers - 1 - step;
                    List<Integer> row = rows.get(l);
                    double[] bary = new double[vn];
                    for (int v : row) {
                        double sum = 0;
                        int cnt = 0;
                        for (int[] e : vEdges) {
                            int other = down ? (e[1] == v ? e[0] : -1) : (e[0] == v ? e[1] : -1);
                            if (other >= 0) {
                                sum += pos[other];
                                cnt++;
                            }
                        }
                        bary[v] = cnt == 0 ? pos[v] : sum / cnt;
                    }
                    row.sort(Comparator.comparingDouble((Integer v) -> bary[v]).thenComparingInt(v -> v));
                    for (int k = 0; k < row.size(); k++) {
                        pos[row.get(k)] = k;
                    }
                }
            }
        }
        // node sizes and layer x positions
        double[] nw = new double[n];
        for (int i = 0; i < n; i++) {
            nw[i] = Math.max(m.nodeMinWidth(), m.textWidth().applyAsDouble(g.nodes().get(i).label()) + 2 * m.nodePadding());
        }
        double[] layerW = new double[layers];
        for (int i = 0; i < n; i++) {
            layerW[layer[i]] = Math.max(layerW[layer[i]], nw[i]);
        }
        double[] gap = new double[Math.max(0, layers - 1)];
        Arrays.fill(gap, m.minLayerGap());
        int[] labelled = new int[gap.length];
        for (CellGraph.Edge e : g.edges()) {
            int a = layer[e.from()];
            if (layer[e.to()] - a == 1 && e.label() != null) {
                gap[a] = Math.max(gap[a], labelWidth(e.label(), m) + 2 * m.labelPadding() + m.textHeight());
                labelled[a]++;
            }
        }
        if (!chainLike) {
            // more labelled edges than rows (a DARTS cell's six edges from two inputs to three nodes): widen the gap
            // so the labels can stagger along their edges instead of piling up at the middle
            for (int l = 0; l < gap.length; l++) {
                int extra = labelled[l] - Math.max(rows.get(l).size(), rows.get(l + 1).size());
                if (extra > 0) {
                    gap[l] *= 1 + spread * extra;
                }
            }
        }
        double[] layerX = new double[layers];
        double x = layerW[0] / 2;
        for (int l = 0; l < layers; l++) {
            if (l > 0) {
                x += layerW[l - 1] / 2 + gap[l - 1] + layerW[l] / 2;
            }
            layerX[l] = x;
        }
        // y: rows stacked with real nodes a row gap apart, dummies closer, centred on 0
        double[] vy = new double[vn];
        // labelled edges fanning across several rows (DARTS cells) need room for their labels between the rows
        double rowGap = !chainLike && g.edges().stream().anyMatch(e -> e.label() != null) ? m.rowGap() * labelledRowGap : m.rowGap();
        for (List<Integer> row : rows) {
            double y = 0;
            double[] ys = new double[row.size()];
            for (int k = 0; k < row.size(); k++) {
                if (k > 0) {
                    boolean bothDummy = row.get(k) >= n && row.get(k - 1) >= n;
                    y += bothDummy ? rowGap * 0.45 : (row.get(k) >= n || row.get(k - 1) >= n ? rowGap * 0.7 : rowGap);
                }
                ys[k] = y;
            }
            for (int k = 0; k < row.size(); k++) {
                vy[row.get(k)] = ys[k] - y / 2;
            }
        }
        Box[] nodes = new Box[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = new Box(layerX[layer[i]], vy[i], nw[i], m.nodeHeight());
        }
        double bandTop = Arrays.stream(nodes).mapToDouble(Box::minY).min().orElse(0);
        double bandBottom = Arrays.stream(nodes).mapToDouble(Box::maxY).max().orElse(0);

        // routes, shorter spans first (arcs of long spans stack outside them)
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < g.edges().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> span(g, layer, i)).thenComparingInt(i -> i));
        Route[] routes = new Route[g.edges().size()];
        List<double[]> upArcs = new ArrayList<>();
        List<double[]> downArcs = new ArrayList<>();
        List<Box> placed = new ArrayList<>(Arrays.asList(nodes));
        for (int ei : order) {
            CellGraph.Edge e = g.edges().get(ei);
            Box a = nodes[e.from()];
            Box b = nodes[e.to()];
            Route r;
            int[] parallel = parallel(g, ei);
            if (span(g, layer, ei) == 1 && parallel[1] > 1) {
                // two ops on the same pair of nodes (a DARTS node reading one state twice): bowed apart
                double bow = (parallel[0] - (parallel[1] - 1) / 2.0) * m.rowGap() * 0.5;
                double len = Math.hypot(b.cx() - a.cx(), b.cy() - a.cy());
                double nx = -(b.cy() - a.cy()) / len;
                double ny = (b.cx() - a.cx()) / len;
                double cx0 = (a.cx() + b.cx()) / 2 + 2 * bow * nx;
                double cy0 = (a.cy() + b.cy()) / 2 + 2 * bow * ny;
                double[] p0 = boundary(a, cx0, cy0);
                double[] p1 = boundary(b, cx0, cy0);
                r = Route.quadratic(ei, p0[0], p0[1], cx0, cy0, p1[0], p1[1]);
            } else if (span(g, layer, ei) == 1) {
                double[] p0 = boundary(a, b.cx(), b.cy());
                double[] p1 = boundary(b, a.cx(), a.cy());
                r = Route.straight(ei, p0[0], p0[1], p1[0], p1[1]);
            } else if (chainLike) {
                double lo = Math.min(a.cx(), b.cx());
                double hi = Math.max(a.cx(), b.cx());
                int upLevel = level(upArcs, lo, hi);
                int downLevel = level(downArcs, lo, hi);
                boolean up = upLevel <= downLevel;
                int lvl = up ? upLevel : downLevel;
                (up ? upArcs : downArcs).add(new double[] {lo, hi, lvl});
                double apexY = up ? bandTop - (lvl + 1) * m.arcStep() : bandBottom + (lvl + 1) * m.arcStep();
                // a quadratic's apex (t = 0.5) is (p0 + 2c + p1) / 4
                double cy0 = 2 * apexY - (a.cy() + b.cy()) / 2;
                double cx0 = (a.cx() + b.cx()) / 2;
                double[] p0 = boundary(a, cx0, cy0);
                double[] p1 = boundary(b, cx0, cy0);
                double cy = 2 * apexY - (p0[1] + p1[1]) / 2;
                r = Route.quadratic(ei, p0[0], p0[1], (p0[0] + p1[0]) / 2, cy, p1[0], p1[1]);
            } else {
                List<Integer> chain = chains.get(ei);
                List<double[]> pts = new ArrayList<>();
                for (int v : chain) {
                    pts.add(new double[] {layerX[vLayer.get(v)], vy[v]});
                }
                double[] p0 = boundary(a, pts.get(1)[0], pts.get(1)[1]);
                double[] p1 = boundary(b, pts.get(pts.size() - 2)[0], pts.get(pts.size() - 2)[1]);
                pts.set(0, p0);
                pts.set(pts.size() - 1, p1);
                r = Route.through(ei, pts);
            }
            routes[ei] = r;
        }
        // labels once every route is known, so a label can keep off the other edges as well as off boxes
        List<Route> bare = Arrays.asList(routes.clone());
        for (int ei : order) {
            CellGraph.Edge e = g.edges().get(ei);
            if (e.label() != null) {
                Box label = placeLabel(routes[ei], labelWidth(e.label(), m) + 2 * m.labelPadding(),
                        m.textHeight() + m.labelPadding(), placed, bare);
                routes[ei] = routes[ei].withLabel(label);
                placed.add(label);
            }
        }
        // translate so that everything starts at the margin
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        List<Box> all = new ArrayList<>(Arrays.asList(nodes));
        for (Route r : routes) {
            if (r.label() != null) {
                all.add(r.label());
            }
            for (int k = 0; k <= 8; k++) {
                double[] p = r.at(k / 8.0);
                all.add(new Box(p[0], p[1], 3, 3));
            }
        }
        for (Box bx : all) {
            minX = Math.min(minX, bx.minX());
            minY = Math.min(minY, bx.minY());
            maxX = Math.max(maxX, bx.maxX());
            maxY = Math.max(maxY, bx.maxY());
        }
        double dx = m.margin() - minX;
        double dy = m.margin() - minY;
        for (int i = 0; i < n; i++) {
            nodes[i] = nodes[i].moved(dx, dy);
        }
        List<Route> moved = new ArrayList<>();
        for (Route r : routes) {
            moved.add(r.moved(dx, dy));
        }
        return new Result(layer, nodes, moved, maxX - minX + 2 * m.margin(), maxY - minY + 2 * m.margin());
    }

    private static double labelWidth(String op, Metrics m) {
        return m.textWidth().applyAsDouble(op);
    }

    private static int span(CellGraph g, int[] layer, int edge) {
        CellGraph.Edge e = g.edges().get(edge);
        return layer[e.to()] - layer[e.from()];
    }

    /** {rank of edge {@code ei} among the edges joining the same two nodes, how many there are}. */
    private static int[] parallel(CellGraph g, int ei) {
        CellGraph.Edge e = g.edges().get(ei);
        int rank = 0;
        int count = 0;
        for (int i = 0; i < g.edges().size(); i++) {
            CellGraph.Edge o = g.edges().get(i);
            if (o.from() == e.from() && o.to() == e.to()) {
                if (i < ei) {
                    rank++;
                }
                count++;
            }
        }
        return new int[] {rank, count};
    }

    /** Lowest stacking level free of arcs overlapping [lo, hi]. */
    private static int level(List<double[]> arcs, double lo, double hi) {
        int lvl = 0;
        boolean clash = true;
        while (clash) {
            clash = false;
            for (double[] a : arcs) {
                if (a[2] == lvl && a[0] < hi - 1e-9 && lo < a[1] - 1e-9) {
                    clash = true;
                    lvl++;
                    break;
                }
            }
        }
        return lvl;
    }

    /** Point on the ellipse inscribed in the box, in the direction of (tx, ty). */
    private static double[] boundary(Box b, double tx, double ty) {
        double dx = tx - b.cx();
        double dy = ty - b.cy();
        double rx = b.w() / 2;
        double ry = b.h() / 2;
        double k = 1 / Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry) + 1e-12);
        return new double[] {b.cx() + dx * k, b.cy() + dy * k};
    }

    /**
     * The label's box on its route: the free spot nearest the middle, sliding out towards the ends; where every spot
     * is taken, the one that covers least of what is already placed.
     */
    private static Box placeLabel(Route r, double w, double h, List<Box> placed, List<Route> routes) {
        Box best = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        int bestCrossings = Integer.MAX_VALUE;
        // on the edge first; beside it (just off either side) only where every spot on it is crossed
        for (int side : new int[] {0, 1, -1}) {
            for (int k = 0; k <= 28; k++) {
                // 0.5, 0.475, 0.525, 0.45, 0.55, ... 0.15, 0.85
                double t = 0.5 + (k % 2 == 0 ? 1 : -1) * 0.025 * ((k + 1) / 2);
                double[] p = r.at(t);
                if (side != 0) {
                    double[] q = r.at(Math.min(1, t + 0.01));
                    double[] o = r.at(Math.max(0, t - 0.01));
                    double len = Math.max(1e-9, Math.hypot(q[0] - o[0], q[1] - o[1]));
                    // the box's half-extent across the edge's normal, and a small gap
                    double nx = -(q[1] - o[1]) / len;
                    double ny = (q[0] - o[0]) / len;
                    double shift = (Math.abs(nx) * w + Math.abs(ny) * h) / 2 + 1.5;
                    p = new double[] {p[0] + side * nx * shift, p[1] + side * ny * shift};
                }
                Box b = new Box(p[0], p[1], w, h);
                double overlap = 0;
                for (Box o : placed) {
                    if (b.intersects(o, 2)) {
                        overlap += (Math.min(b.maxX(), o.maxX()) - Math.max(b.minX(), o.minX()) + 2)
                                * (Math.min(b.maxY(), o.maxY()) - Math.max(b.minY(), o.minY()) + 2);
                    }
                }
                // free of boxes first, then of other edges struck through (review N17: "avg 3x3" crossed by an edge)
                int crossings = overlap == 0 ? crossings(b, r.edge(), routes) : Integer.MAX_VALUE;
                if (overlap == 0 && crossings == 0) {
                    return b;
                }
                if (side == 0 && (overlap < bestOverlap || overlap == 0 && crossings < bestCrossings)) {
                    bestOverlap = overlap;
                    bestCrossings = crossings;
                    best = b;
                }
            }
        }
        return best;
    }

    /** How many routes other than {@code edge}'s pass through {@code b}. */
    static int crossings(Box b, int edge, List<Route> routes) {
        int n = 0;
        for (Route o : routes) {
            if (o == null || o.edge() == edge) {
                continue;
            }
            int samples = 24 * o.segments();
            for (int i = 0; i <= samples; i++) {
                double[] p = o.at(i / (double) samples);
                if (p[0] > b.minX() && p[0] < b.maxX() && p[1] > b.minY() && p[1] < b.maxY()) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Labels struck through by an edge other than their own. */
    static int crossedLabels(Result r) {
        int n = 0;
        for (Route route : r.routes()) {
            if (route.label() != null && crossings(route.label(), route.edge(), r.routes()) > 0) {
                n++;
            }
        }
        return n;
    }
}
