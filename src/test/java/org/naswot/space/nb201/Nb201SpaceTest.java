package org.naswot.space.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class Nb201SpaceTest {
    private static List<String> archByIndex;
    private static List<Double> paramsM;
    private static Nb201Space space;

    @BeforeAll
    static void readBenchmarkOrder() throws IOException {
        archByIndex = new ArrayList<>();
        paramsM = new ArrayList<>();
        List<String> lines = Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int arch = header.indexOf("arch_str");
        int params = header.indexOf("params_M");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            archByIndex.add(f[arch]);
            paramsM.add(Double.parseDouble(f[params]));
        }
        space = Nb201Space.fromBenchmarkOrder(archByIndex);
    }

    @Test
    void formatIsTheInverseOfParseForEveryCell() {
        for (int i = 0; i < Nb201Space.SIZE; i++) {
            Nb201Architecture a = space.architecture(i);
            assertEquals(archByIndex.get(i), a.encoding());
            assertEquals(i, space.parse(a.encoding()).index());
        }
    }

    @Test
    void benchmarkOrderIsNotLexicographic() {
        List<String> sorted = new ArrayList<>(archByIndex);
        sorted.sort(null);
        assertNotEquals(sorted, archByIndex);
        assertEquals(Nb201Space.SIZE, new HashSet<>(archByIndex).size());
    }

    /**
     * The network built for every cell has exactly the benchmark's parameter count (10 classes), except
     * where the table holds a value no NB201 network has: 204 cells whose count is a mean over trainings
     * that pruned dead branches differently (e.g. index 296: (2 x 129,306 + 101,306) / 3 = 119,972.67;
     * index 5065: 923,946 = 3.5 conv-3x3 edges' worth).
     */
    @Test
    void parameterCountsEqualTheBenchmarkForAllCells() {
        int exact = 0;
        for (int i = 0; i < Nb201Space.SIZE; i++) {
            long params = Nb201NetworkBuilder.BENCHMARK.build(space.architecture(i), 10).trainableParameterCount();
            double table = paramsM.get(i) * 1e6;
            if (isCountOfSomeCell(table)) {
                assertEquals(Math.round(table), params, "params of index " + i);
                exact++;
            }
        }
        assertEquals(Nb201Space.SIZE - 204, exact);
    }

    /** Counts of NB201 networks: 73,306 + 28,000 per 1x1-conv edge + 243,040 per 3x3-conv edge. */
    private static boolean isCountOfSomeCell(double table) {
        for (int a = 0; a <= 6; a++) {
            for (int b = 0; a + b <= 6; b++) {
                if (Math.abs(table - (73_306 + 28_000 * a + 243_040 * b)) < 1e-3) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void malformedStringsNameTheProblemAndPosition() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> space.parse("|nor_conv_3x3~0|+|none~0|conv_9x9~1|+|none~0|none~1|none~2|"));
        assertTrue(e.getMessage().contains("unknown operation 'conv_9x9'"), e.getMessage());
        assertTrue(e.getMessage().contains("character 26"), e.getMessage());

        e = assertThrows(UserFacingException.class, () -> space.parse("|none~0|+|none~0|none~2|+|none~0|none~1|none~2|"));
        assertTrue(e.getMessage().contains("must come from node 1"), e.getMessage());

        e = assertThrows(UserFacingException.class, () -> space.parse("|none~0|+|none~0|none~1|"));
        assertTrue(e.getMessage().contains("ends early"), e.getMessage());

        e = assertThrows(UserFacingException.class, () -> space.parse("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|x"));
        assertTrue(e.getMessage().contains("unexpected text"), e.getMessage());

        assertThrows(UserFacingException.class, () -> space.parse(""));
        assertThrows(UserFacingException.class, () -> space.architecture(15_625));
    }

    @Test
    void samplingIsSeededAndCoversTheSpace() {
        Set<Integer> seen = new HashSet<>();
        SplittableRandom a = new SplittableRandom(7);
        SplittableRandom b = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            Nb201Architecture x = space.sample(a);
            assertEquals(x, space.sample(b));
            seen.add(x.index());
        }
        assertEquals(Nb201Space.SIZE, seen.size());
    }

    @Test
    void mutationChangesExactlyOneEdge() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            Nb201Architecture parent = space.sample(rng);
            Nb201Architecture child = space.mutate(parent, rng);
            int changed = 0;
            for (int e = 0; e < Nb201Architecture.EDGES; e++) {
                if (parent.op(e) != child.op(e)) {
                    changed++;
                }
            }
            assertEquals(1, changed);
            assertEquals(child.index(), space.parse(child.encoding()).index());
        }
    }

    @Test
    void codeRoundTrips() {
        for (int code = 0; code < Nb201Space.SIZE; code += 7) {
            assertEquals(code, new Nb201Architecture(Nb201Architecture.opsOfCode(code), -1).code());
        }
    }
}
