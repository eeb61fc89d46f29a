package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** naswot figure --kind matrix|parallel: a scored run's measures together, and the refused requests. */
class MeasureFigureCommandTest {

    @TempDir
    Path tmp;

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aRunWithProxiesGivesAScatterMatrixAndParallelCoordinatesAndBadMeasuresAreRefused() throws Exception {
        Path db = tmp.resolve("r.sqlite");
        String none = tmp.resolve("none").toString();
        CliRunner.Result scored = CliRunner.run("score-space", "--space", "nb201", "--sample", "12", "--seed", "4",
                "--batch-size", "16", "--proxies", "synflow,jacov", "--data-dir", none, "--db", db.toString(),
                "--json");
        assertEquals(0, scored.exitCode(), scored.err());

        Path matrix = tmp.resolve("matrix.svg");
        CliRunner.Result m = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", "matrix",
                "--measures", "nwot,synflow,jacov", "--out", matrix.toString(), "--data-dir", none, "--json");
        assertEquals(0, m.exitCode(), m.err());
        assertEquals(3.5, DataCommandsTest.JSON.readTree(m.lines()[0]).get("height_in").asDouble(), 1e-9,
                "a square by default");
        String svg = Files.readString(matrix);
        assertEquals(4 * 3, count(svg, ">\u03c4 = "), "the accuracy and three measures: a τ in each of 12 panels");
        assertTrue(svg.contains(">accuracy<") && svg.contains(">jacov<") && svg.contains("naswot:run"), svg.length()
                + " chars");

        Path parallel = tmp.resolve("parallel.svg");
        CliRunner.Result p = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", "parallel",
                "--measures", "synflow,nwot", "--out", parallel.toString(), "--data-dir", none);
        assertEquals(0, p.exitCode(), p.err());
        String lines = Files.readString(parallel);
        assertTrue(lines.indexOf(">synflow") < lines.indexOf(">nwot") && lines.indexOf(">synflow") > 0,
                "the axes in the order asked for");
        assertTrue(count(lines, "<path") >= 12, "a line per architecture");

        // an unknown measure, and one the run has no values of: one line each, no file
        Path bad = tmp.resolve("bad.svg");
        CliRunner.Result unknown = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", "matrix",
                "--measures", "nwot,bogus", "--out", bad.toString(), "--data-dir", none);
        assertEquals(Main.USER_ERROR, unknown.exitCode());
        assertTrue(unknown.err().contains("no measure bogus; choose from nwot") && unknown.err().lines().count() <= 2,
                unknown.err());
        CliRunner.Result unstored = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind",
                "parallel", "--measures", "zen", "--out", bad.toString(), "--data-dir", none);
        assertEquals(Main.USER_ERROR, unstored.exitCode());
        assertTrue(unstored.err().contains("run 1 has no stored values of zen; it has values of nwot")
                && unstored.err().lines().count() <= 2, unstored.err());
        assertFalse(Files.exists(bad), "no partial file");
    }
}
