package org.naswot.space.declarative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.run.Sampling;

/** The declarative spaces' encodings, enumeration, sampling and mutation, and the networks' shapes. */
class DeclarativeSpacesTest {

    private static DeclarativeSpec spec(String file) {
        return DeclarativeSpaces.read(Path.of("spaces/examples/" + file)).spec();
    }

    @Test
    void dagEdgesAreNb201sOrderForAnyNodeCount() {
        int[][] expected = {{0, 1}, {0, 2}, {1, 2}, {0, 3}, {1, 3}, {2, 3}, {0, 4}, {1, 4}, {2, 4}, {3, 4}};
        for (int e = 0; e < expected.length; e++) {
            assertEquals(expected[e][0], DagArchitecture.edgeFrom(e), "from of edge " + e);
            assertEquals(expected[e][1], DagArchitecture.edgeTo(e), "to of edge " + e);
        }
    }

    @Test
    void aFiveNodeSpaceIsEnumeratedAndEveryIndexReadsBack() {
        DagSpace space = (DagSpace) DeclarativeSpaces.space(spec("nb201-5nodes-dilated.json"));
        assertEquals(60_466_176, space.size());
        SplittableRandom rng = new SplittableRandom(4);
        for (int n = 0; n < 200; n++) {
            int i = rng.nextInt(space.size());
            DagArchitecture a = space.architecture(i);
            assertEquals(4, a.encoding().chars().filter(c -> c == '+').count() + 1, "four node groups");
            assertEquals(a, space.parse(a.encoding()));
            assertEquals(i, space.parse(a.encoding()).index());
            DagArchitecture m = space.mutate(a, rng);
            int differing = 0;
            for (int e = 0; e < 10; e++) {
                differing += a.op(e) != m.op(e) ? 1 : 0;
            }
            assertEquals(1, differing, "a mutation changes one edge");
        }
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> space.parse("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|"));
        assertTrue(e.getMessage().contains("has 4 node groups"), e.getMessage());
        UserFacingException op = assertThrows(UserFacingException.class,
                () -> space.parse("|conv~0|+|none~0|none~1|+|none~0|none~1|none~2|+|none~0|none~1|none~2|none~3|"));
        assertTrue(op.getMessage().contains("at character 2: unknown operation 'conv'"), op.getMessage());
    }

    @Test
    void aDartsSpaceDrawsDistinctInputsReproduciblyAndReadsItsTextBack() {
        DartsSpace space = (DartsSpace) DeclarativeSpaces.space(spec("darts.json"));
        Set<String> seen = new HashSet<>();
        for (int i : Sampling.distinct(space.size(), 100, 1)) {
            DartsArchitecture a = space.architecture(i);
            assertEquals(a, space.architecture(i), "index i is always the same draw");
            assertEquals(a, space.parse(a.encoding()));
            for (boolean reduction : new boolean[] {false, true}) {
                List<CellInput> cell = a.cell(reduction);
                assertEquals(8, cell.size());
                for (int k = 0; k < 4; k++) {
                    assertNotEquals(cell.get(2 * k).from(), cell.get(2 * k + 1).from(), "distinct inputs");
                    assertTrue(cell.get(2 * k).from() <= k + 1 && cell.get(2 * k + 1).from() <= k + 1);
                }
            }
            seen.add(a.encoding());
            DartsArchitecture m = space.mutate(a, new SplittableRandom(i));
            assertNotEquals(a, m);
            assertEquals(m, space.parse(m.encoding()), "a mutation stays in the space");
        }
        assertEquals(100, seen.size());
        UserFacingException twice = assertThrows(UserFacingException.class, () -> space.parse(
                "normal:|skip_connect~0|skip_connect~0|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|"
                        + "+|skip_connect~0|skip_connect~1| reduce:|skip_connect~0|skip_connect~1|+|skip_connect~0|"
                        + "skip_connect~1|+|skip_connect~0|skip_connect~1|+|skip_connect~0|skip_connect~1|"));
        assertTrue(twice.getMessage().contains("reads state 0 twice"), twice.getMessage());
    }

    @Test
    void theFourStageSkeletonHasItsStagesAndHead() {
        DeclarativeSpec s = spec("macro-4stages.json");
        DagSpace space = (DagSpace) DeclarativeSpaces.space(s);
        var net = DeclarativeSpaces.builder(s).build(space.architecture(123), 10);
        var names = net.stateDict().keySet();
        // 4 stages of 2 cells and 3 reductions: cells.0 .. cells.10; no lastact; Linear from 128 channels
        assertTrue(names.contains("cells.10.layers.5.op.0.weight") || names.stream().anyMatch(n -> n.startsWith("cells.10.")));
        assertTrue(names.stream().noneMatch(n -> n.startsWith("cells.11.")));
        assertTrue(names.stream().noneMatch(n -> n.startsWith("lastact")));
        assertEquals(List.of(10L, 128L), List.of(net.stateDict().get("classifier.weight").shape().get(0),
                net.stateDict().get("classifier.weight").shape().get(1)));
        assertEquals(List.of(24L, 3L), List.of(net.stateDict().get("stem.0.weight").shape().get(0),
                net.stateDict().get("stem.0.weight").shape().get(1)));
    }

    @Test
    void samplingADrawnSpaceNeedsNoPoolOfItsSize() {
        // a billion drawn indices: the sparse Fisher-Yates draws 1,000 distinct ones without allocating the pool
        int[] a = Sampling.distinct(1_000_000_000, 1000, 3);
        assertEquals(1000, java.util.Arrays.stream(a).distinct().count());
        // and it draws exactly what the full pool drew before, so stored samples keep their indices
        for (int seed = 1; seed <= 5; seed++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(fullPool(15_625, 100, seed),
                    Sampling.distinct(15_625, 100, seed));
            org.junit.jupiter.api.Assertions.assertArrayEquals(fullPool(7, 7, seed), Sampling.distinct(7, 7, seed));
        }
    }

    /** The partial Fisher-Yates over a full pool, as Sampling.distinct drew before. */
    private static int[] fullPool(int size, int n, long seed) {
        int[] pool = new int[size];
        for (int i = 0; i < size; i++) {
            pool[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(size - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return java.util.Arrays.copyOf(pool, n);
    }
}
