package org.naswot.app.lecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.app.SyntheticData;
import org.naswot.app.theme.Theme;
import org.naswot.figures.model.LectureData;
import org.naswot.figures.theme.ChartStyle;
import org.naswot.testing.TextRecordingGraphics;
import org.naswot.testing.TextRecordingGraphics.DrawnText;

/**
 * Review P6: at Large fonts, at the figure sizes of a 1024x700 and a 1280x820 window, every step's figure writes its
 * texts whole (no "first 512 of 16,…") and no two overlap, alone and beside the lowest-scoring cell.
 */
class LectureFiguresFitTest {

    /** A lecture whose layers are named as the app names them, 2,048 units wide (of which 512 are drawn). */
    private static LectureData named(String arch, int layers, long seed, double shift) {
        LectureData d = SyntheticData.lecture(arch, 16, layers, 2048, seed, shift);
        List<LectureData.LayerCodes> renamed = new ArrayList<>();
        for (int l = 0; l < d.layers().size(); l++) {
            LectureData.LayerCodes c = d.layers().get(l);
            renamed.add(new LectureData.LayerCodes("ReLU layer " + (l + 1) + (l > 0 ? " (counted twice)" : ""),
                    c.units(), c.codes()));
        }
        return new LectureData(d.arch(), d.pixels(), d.batch(), d.channels(), d.height(), d.width(), d.labels(),
                d.classNames(), d.mean(), d.std(), renamed, d.cumulativeKernels(), d.logDet());
    }

    @Test
    void everyStepWritesItsTextsWholeAndApartAtLargeFonts() {
        LectureData good = named("|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|", 3, 1, 0);
        LectureData bad = named("|none~0|+|none~0|none~1|", 2, 2, 4.0);
        LectureFigures figures = new LectureFigures(good, bad);
        ChartStyle style = ChartStyle.LIGHT.withFontScale(Theme.LARGE_FONT_SCALE);
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1000, 380}, {1256, 500}}) {
            for (LectureViewModel.Step s : LectureViewModel.buildSteps(good)) {
                for (boolean compare : new boolean[] {false, true}) {
                    String where = (int) size[0] + "x" + (int) size[1] + " " + s.title() + (compare ? " (compare)" : "");
                    problems.addAll(check(figures, s, style, compare, size[0], size[1], where));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<String> check(LectureFigures f, LectureViewModel.Step s, ChartStyle style, boolean compare,
                                      double w, double h, String where) {
        BufferedImage img = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
        Graphics2D real = img.createGraphics();
        TextRecordingGraphics g = new TextRecordingGraphics(real);
        f.painter(s, style, compare).paint(g, w, h);
        real.dispose();
        List<DrawnText> drawn = g.drawn();
        List<String> out = new ArrayList<>();
        for (int a = 0; a < drawn.size(); a++) {
            DrawnText da = drawn.get(a);
            if (da.text().endsWith("\u2026") || da.text().endsWith("...")) {
                out.add(where + ": cut '" + da.text() + "'");
            }
            for (int b = a + 1; b < drawn.size(); b++) {
                Rectangle2D overlap = da.bounds().createIntersection(drawn.get(b).bounds());
                if (overlap.getWidth() > 0.5 && overlap.getHeight() > 0.5) {
                    out.add(where + ": '" + da.text() + "' overlaps '" + drawn.get(b).text() + "'");
                }
            }
        }
        return out;
    }
}
