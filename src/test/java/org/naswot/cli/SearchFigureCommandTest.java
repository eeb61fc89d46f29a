package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/**
 * {@code naswot figure --kind search-curve | search-box} draws the stored searches with their provenance; without
 * searches, or with a bad axis or population, the commands refuse in one line (exit 2) and write nothing.
 */
class SearchFigureCommandTest {

    @Test
    void storedSearchesGiveTheCurveAndTheBoxPlot(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("s.sqlite");
        String data = SharedData.dataDir().toString();
        Path none = tmp.resolve("none.png");
        CliRunner.Result empty = CliRunner.run("figure", "--kind", "search-box", "--db", db.toString(), "--out",
                none.toString(), "--data-dir", data);
        assertEquals(2, empty.exitCode(), empty.err());
        assertTrue(empty.err().contains("no finished searches of nb201 on cifar10"), empty.err());
        assertFalse(Files.exists(none));

        for (String[] search : new String[][] {{"--algorithm", "rea", "--budget", "15"}, {"--algorithm", "random",
            "--n", "15"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("search", "--runs", "3",
                    "--data-dir", data, "--db", db.toString()));
            args.addAll(java.util.List.of(search));
            assertEquals(0, CliRunner.run(args.toArray(String[]::new)).exitCode());
        }
        Path svg = tmp.resolve("curve.svg");
        CliRunner.Result curve = CliRunner.run("figure", "--kind", "search-curve", "--x", "seconds", "--db",
                db.toString(), "--out", svg.toString(), "--data-dir", data, "--json");
        assertEquals(0, curve.exitCode(), curve.err());
        JsonNode o = DataCommandsTest.JSON.readTree(curve.lines()[0]);
        assertEquals("Search: best accuracy so far against seconds", o.get("title").asText());
        assertTrue(o.get("run").isNull());
        String text = Files.readString(svg);
        assertTrue(text.contains("REA, 15 queries (3 runs)") && text.contains("random, N = 15 (3 runs)"), "legend");
        assertTrue(text.contains("searches: REA, 15 queries (3 runs); random, N = 15 (3 runs)"), "provenance");

        Path png = tmp.resolve("box.png");
        CliRunner.Result box = CliRunner.run("figure", "--kind", "search-box", "--db", db.toString(), "--out",
                png.toString(), "--data-dir", data);
        assertEquals(0, box.exitCode(), box.err());
        assertTrue(Files.size(png) > 1000);

        CliRunner.Result axis = CliRunner.run("figure", "--kind", "search-curve", "--x", "hours", "--db",
                db.toString(), "--out", tmp.resolve("x.png").toString(), "--data-dir", data);
        assertEquals(2, axis.exitCode());
        assertTrue(axis.err().contains("--x must be queries or seconds"), axis.err());
        CliRunner.Result noRun = CliRunner.run("figure", "--db", db.toString(), "--out",
                tmp.resolve("x.png").toString());
        assertEquals(2, noRun.exitCode());
        assertTrue(noRun.err().contains("give --run ID"), noRun.err());
    }

    @Test
    void areaRefusesAPopulationLargerThanItsScoredPool(@TempDir Path tmp) {
        Path db = tmp.resolve("s.sqlite");
        CliRunner.Result r = CliRunner.run("search", "--algorithm", "area", "--population", "21", "--db",
                db.toString(), "--data-dir", SharedData.dataDir().toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--population 20 or less"), r.err());
        assertFalse(Files.exists(db), "a refused search creates no database");
    }
}
