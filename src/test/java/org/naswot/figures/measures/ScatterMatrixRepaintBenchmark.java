package org.naswot.figures.measures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.naswot.figures.export.FigureLayout;
import org.naswot.figures.theme.ChartStyle;

/**
 * Measurement main (not a test): the Proxies tab's scatter matrix over a whole NB201 run (15,625 synthetic rows, the
 * accuracy and 6 measures, k = 7) painted into a 900x640 image as the tab shows it. Interleaved, per round: A, the
 * first paint of a new figure (every dot rendered: what each repaint cost before the dots were kept), then B, a
 * selection-only repaint (withSelection over the kept dots); and the window's whole selection change before
 * (a new MeasureFigure: Kendall τ of every pair, then a full paint) and now (withSelection, then a cached paint).
 * Run: java -cp target/classes:target/test-classes:target/lib/* org.naswot.figures.measures.ScatterMatrixRepaintBenchmark [rounds]
 */
public final class ScatterMatrixRepaintBenchmark {
    private ScatterMatrixRepaintBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        MeasureTable table = table(15_625, 7, 11);
        BufferedImage img = new BufferedImage(900, 640, BufferedImage.TYPE_INT_ARGB);
        Random pick = new Random(3);
        MeasureFigure kept = new MeasureFigure(MeasureFigure.Kind.MATRIX, table, Set.of());
        long[] first = new long[rounds];
        long[] reselect = new long[rounds];
        long[] plain = new long[rounds];
        long[] changeBefore = new long[rounds];
        long[] changeNow = new long[rounds];
        for (int warm = 0; warm < 3; warm++) {
            paint(new MeasureFigure(MeasureFigure.Kind.MATRIX, table, Set.of()), img);
            paint(kept.withSelection(selection(table, pick)), img);
        }
        for (int r = 0; r < rounds; r++) {
            Set<Integer> sel = selection(table, pick);
            // A: a painter whose dots are not kept yet (a layer of its own, built outside the timing as before, when a
            // painter lived as long as its figure): every dot blended, as every repaint did
            ScatterMatrixPainter unkept = new ScatterMatrixPainter(table, kept.taus(), table.rowsOf(sel),
                    ChartStyle.LIGHT, kept.exportTitle());
            long s = System.nanoTime();
            Graphics2D g = img.createGraphics();
            unkept.paintIn(g, new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight()));
            g.dispose();
            first[r] = System.nanoTime() - s;
            // B: the same selection over the kept dots (its painter made inside the timing, as the window does)
            s = System.nanoTime();
            paint(kept.withSelection(sel), img);
            reselect[r] = System.nanoTime() - s;
            s = System.nanoTime();
            paint(kept, img);
            plain[r] = System.nanoTime() - s;
            // the window's selection change, before (new figure: τ + full paint) and now
            Set<Integer> next = selection(table, pick);
            s = System.nanoTime();
            paint(new MeasureFigure(MeasureFigure.Kind.MATRIX, table, next), img);
            changeBefore[r] = System.nanoTime() - s;
            s = System.nanoTime();
            paint(kept.withSelection(next), img);
            changeNow[r] = System.nanoTime() - s;
        }
        int renders = ((ScatterMatrixPainter) kept.painter(ChartStyle.LIGHT, FigureLayout.SCREEN)).dotRenders();
        System.out.printf("15,625 rows x 7 measures, 900x640, %d interleaved rounds (median / min, ms)%n", rounds);
        report("A first paint (every dot rendered)", first);
        report("B selection-only repaint (kept dots)", reselect);
        report("  (a plain repaint of the kept figure, for scale)", plain);
        report("selection change before: new figure (tau) + full paint", changeBefore);
        report("selection change now: withSelection + kept dots", changeNow);
        System.out.printf("dot renders of the kept layer over all rounds: %d%n", renders);
    }

    private static void report(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("  %-58s %8.1f / %8.1f%n", what, s[s.length / 2] / 1e6, s[0] / 1e6);
    }

    private static void paint(MeasureFigure f, BufferedImage img) {
        Graphics2D g = img.createGraphics();
        f.paintFigure(g, new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight()), ChartStyle.LIGHT);
        g.dispose();
    }

    /** Ten architectures, as a brush or a top-10 selection marks. */
    private static Set<Integer> selection(MeasureTable t, Random r) {
        Set<Integer> s = new java.util.HashSet<>();
        while (s.size() < 10) {
            s.add(t.indices()[r.nextInt(t.size())]);
        }
        return s;
    }

    /** The accuracy and {@code k - 1} measures that follow it with noise of their own, some missing. */
    static MeasureTable table(int n, int k, long seed) {
        Random r = new Random(seed);
        double[][] v = new double[k][n];
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            v[0][i] = 10 + 80 * r.nextDouble();
            indices[i] = i;
        }
        List<String> names = new ArrayList<>(List.of(MeasureTable.ACCURACY));
        for (int m = 1; m < k; m++) {
            names.add("m" + m);
            for (int i = 0; i < n; i++) {
                v[m][i] = i % (7 + m) == 0 ? Double.NaN : v[0][i] + (5 + 10 * m) * r.nextGaussian();
            }
        }
        return new MeasureTable(1, names, v, indices, "accuracy (%)");
    }
}
