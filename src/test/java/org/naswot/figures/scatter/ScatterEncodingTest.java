package org.naswot.figures.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.export.CsvTable;
import org.naswot.figures.model.ScorePoint;

/** A column that colours or sizes the scatter: its range over the plotted points, dot sizes, and the CSV. */
class ScatterEncodingTest {

    private static ScatterFigure figure() {
        ScatterFigure f = new ScatterFigure();
        f.appendAll(List.of(new ScorePoint(7, "a", 1, 50, 10, ""), new ScorePoint(8, "b", 2, 60, 10, ""),
                new ScorePoint(9, "c", Double.NEGATIVE_INFINITY, 70, 10, ""), new ScorePoint(10, "d", 3, 80, 10, "")));
        return f;
    }

    /** FLOPs by architecture index: 9 (not plotted) is the largest, 10 has none. */
    private static final ScatterEncoding FLOPS = new ScatterEncoding("flops",
            i -> i == 7 ? 20 : i == 8 ? 45 : i == 9 ? 1000 : Double.NaN);

    @Test
    void theRangeIsOverThePlottedPointsWithAValue() {
        assertArrayEquals(new double[] {20, 45, 2}, FLOPS.range(figure().data()));
    }

    @Test
    void dotsScaleLinearlyFromHalfToTwoAndAHalfTimesAndOneWithoutAValue() {
        assertEquals(0.5, ScatterEncoding.sizeScale(20, 20, 45), 1e-12);
        assertEquals(2.5, ScatterEncoding.sizeScale(45, 20, 45), 1e-12);
        assertEquals(1.5, ScatterEncoding.sizeScale(32.5, 20, 45), 1e-12);
        assertEquals(1.0, ScatterEncoding.sizeScale(Double.NaN, 20, 45), 1e-12);
    }

    @Test
    void theCsvCarriesTheColourColumnOnceAndOnlyWhileItColours() {
        ScatterFigure f = figure();
        f.display().setColourBy(FLOPS);
        assertEquals(9, f.toCsv().header().size(), "colouring by parameters: no column added");
        f.setColourMode(ColourMode.COLUMN);
        f.display().setSizeBy(new ScatterEncoding("flops", FLOPS.byIndex()));
        CsvTable t = f.toCsv();
        assertEquals("flops", t.header().get(9));
        assertEquals(10, t.header().size());
        assertEquals(20, Double.parseDouble(t.rows().get(0).get(9)));
        assertEquals(1000, Double.parseDouble(t.rows().get(2).get(9)), "every point received, plotted or not");
        assertEquals("nan", t.rows().get(3).get(9), "no value");
    }
}
