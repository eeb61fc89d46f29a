package org.naswot.figures.cell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;

/**
 * Op labels of a cell diagram keep off the other edges (review N17: on an NB301 cell "avg 3x3" was crossed
 * by an orange edge and "dil 5x5" sat across two edges), for the DARTS-family genotypes the figures tests use.
 */
class LabelCrossingsTest {
    private static final LayeredLayout.Metrics M = LayeredLayout.Metrics.estimate(13);

    @Test
    void noEdgeStrikesThroughAnotherEdgesLabel() {
        StringBuilder crossed = new StringBuilder();
        int total = 0;
        for (String net : NdsGenotypes.CELL_NETWORKS) {
            CellPair pair = (CellPair) org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", net).orElseThrow();
            for (CellGraph g : new CellGraph[] {pair.normal(), pair.reduction()}) {
                int n = LayeredLayout.crossedLabels(LayeredLayout.layout(g, M));
                total += n;
                if (n > 0) {
                    crossed.append(n).append(" in ").append(net, 0, Math.min(80, net.length())).append('\n');
                }
            }
        }
        // 43 of these labels were struck through before labels were placed knowing every route; 2 remain in the
        // densest reduction cells, where every spot on and beside the edge is crossed at every spread tried
        assertTrue(total <= 2, total + " labels crossed:\n" + crossed);
    }
}
