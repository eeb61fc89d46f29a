package org.naswot.space.nb101;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class Nb101SpaceTest {
    private static final List<Nb101Architecture> CELLS = new ArrayList<>();
    private static final List<Double> PARAMS_M = new ArrayList<>();

    @BeforeAll
    static void readCells() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.data("nb101/zc_nasbench101_500archs.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            CELLS.add(Nb101Architecture.of(f[header.indexOf("adjacency_7x7_rowmajor")], f[header.indexOf("ops")], -1));
            PARAMS_M.add(Double.parseDouble(f[header.indexOf("params")]));
        }
    }

    /** The vertex-channel rule, projections and truncation give the benchmark's parameter counts (128-channel stem). */
    @Test
    void parameterCountsEqualTheBenchmark() {
        assertEquals(500, CELLS.size());
        for (int i = 0; i < CELLS.size(); i++) {
            long params = Nb101NetworkBuilder.BENCHMARK.build(CELLS.get(i), 10).trainableParameterCount();
            assertEquals(Math.round(PARAMS_M.get(i) * 1e6), params, 1.0, "cell " + i + " " + CELLS.get(i).encoding());
        }
    }

    @Test
    void hashIgnoresVertexNumbering() {
        // input -> a (conv3x3) -> out, input -> b (maxpool) -> out; swapping a and b is the same cell
        Nb101Architecture x = Nb101Architecture.parse("01100000100010000000:input|conv3x3-bn-relu|maxpool3x3|output".replace(
                "01100000100010000000", "0110000100010000"));
        Nb101Architecture y = Nb101Architecture.parse("0110000100010000:input|maxpool3x3|conv3x3-bn-relu|output");
        Nb101Architecture z = Nb101Architecture.parse("0110000100010000:input|maxpool3x3|conv1x1-bn-relu|output");
        assertEquals(x.hash(), y.hash());
        assertNotEquals(x.hash(), z.hash());
        assertEquals(32, x.hash().length());
    }

    @Test
    void unreachableVerticesArePruned() {
        // vertex 2 has no path to the output: pruned to a 3-vertex cell
        Nb101Architecture a = Nb101Architecture.parse("0111000100000000:input|conv3x3-bn-relu|conv1x1-bn-relu|output");
        assertEquals(3, a.vertices());
        assertEquals("011001000:input|conv3x3-bn-relu|output", a.encoding());
    }

    @Test
    void invalidCellsAreExplained() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> Nb101Architecture.parse("0110000100010000:input|conv5x5|maxpool3x3|output"));
        assertTrue(e.getMessage().contains("unknown NAS-Bench-101 op 'conv5x5'"), e.getMessage());
        e = assertThrows(UserFacingException.class,
                () -> Nb101Architecture.parse("0100001000000000:input|conv3x3-bn-relu|maxpool3x3|output"));
        assertTrue(e.getMessage().contains("no path"), e.getMessage());
        assertThrows(UserFacingException.class, () -> Nb101Architecture.parse("0110000100010000"));
    }

    @Test
    void mutationsAreValidNeighbours() {
        Nb101Space space = new Nb101Space(CELLS);
        SplittableRandom rng = new SplittableRandom(2);
        int inTable = 0;
        for (int i = 0; i < 300; i++) {
            Nb101Architecture p = space.sample(rng);
            Nb101Architecture c = space.mutate(p, rng);
            assertNotEquals(p.hash(), c.hash());
            assertEquals(c.encoding(), Nb101Architecture.parse(c.encoding()).encoding());
            inTable += c.index() >= 0 ? 1 : 0;
        }
        assertTrue(inTable < 300);
    }
}
