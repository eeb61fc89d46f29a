package org.naswot.figures.cell;

import org.naswot.figures.cell.LayeredLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.CellGraph;
import org.naswot.space.nb201.Nb201Architecture;

class LayeredLayoutTest {
    private static final LayeredLayout.Metrics M = LayeredLayout.Metrics.estimate(13);

    static void assertClean(CellGraph g, String what) {
        LayeredLayout.Result r = LayeredLayout.layout(g, M);
        for (CellGraph.Edge e : g.edges()) {
            assertTrue(r.layer()[e.to()] > r.layer()[e.from()], what + ": layer must increase along " + e);
            assertTrue(r.nodes()[e.to()].cx() > r.nodes()[e.from()].cx(), what + ": edges run left to right " + e);
        }
        List<LayeredLayout.Box> boxes = new ArrayList<>(List.of(r.nodes()));
        boxes.addAll(r.labels());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j), 0),
                        what + ": boxes overlap: " + boxes.get(i) + " and " + boxes.get(j));
            }
            LayeredLayout.Box b = boxes.get(i);
            assertTrue(b.minX() >= 0 && b.minY() >= 0 && b.maxX() <= r.width() && b.maxY() <= r.height(),
                    what + ": box outside the layout " + b);
        }
    }

    @Test
    void everyNb201CellHasNoOverlappingNodesOrLabels() {
        for (int code = 0; code < 15625; code += 7) {
            String arch = new Nb201Architecture(Nb201Architecture.opsOfCode(code), -1).encoding();
            assertClean(org.naswot.spaces.nb201.Nb201Diagram.of(arch), arch);
        }
    }

    @Test
    void nb201CellKeepsItsNodesOnOneLineAndArcsTheSkipEdges() {
        CellGraph g = org.naswot.spaces.nb201.Nb201Diagram.of("|nor_conv_3x3~0|+|nor_conv_3x3~0|none~1|+|skip_connect~0|nor_conv_1x1~1|avg_pool_3x3~2|");
        LayeredLayout.Result r = LayeredLayout.layout(g, M);
        assertEquals(List.of(0, 1, 2, 3), java.util.Arrays.stream(r.layer()).boxed().toList());
        for (LayeredLayout.Box b : r.nodes()) {
            assertEquals(r.nodes()[0].cy(), b.cy(), 1e-9);
        }
        long arcs = r.routes().stream().filter(LayeredLayout.Route::curved).count();
        assertEquals(3, arcs, "edges 0->2, 1->3, 0->3 skip a node");
        assertEquals(6, r.labels().size());
    }

    @Test
    void nb101CellsFromTheSharedDataGetCleanLayouts() throws Exception {
        Path csv = Path.of(System.getProperty("naswot.shared", "../shared"), "data/nb101/zc_nasbench101_500archs.csv");
        List<String[]> cells = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            for (String line : Files.readAllLines(csv).subList(1, 501)) {
                String[] f = line.split(",");
                cells.add(new String[] {f[0], f[1]});
            }
        } else {
            cells.add(new String[] {"0111101000001100000010000110000001100000000000000",
                    "input|maxpool3x3|maxpool3x3|conv3x3-bn-relu|conv3x3-bn-relu|conv3x3-bn-relu|output"});
        }
        for (String[] c : cells) {
            assertClean(org.naswot.spaces.nb101.Nb101Diagram.of(c[0], c[1]), c[0] + " " + c[1]);
        }
    }

    @Test
    void layersComeFromTheLongestPath() {
        CellGraph g = new CellGraph(List.of(new CellGraph.Node("a", null), new CellGraph.Node("b", null),
                new CellGraph.Node("c", null)), List.of(new CellGraph.Edge(0, 2, null), new CellGraph.Edge(0, 1, null),
                new CellGraph.Edge(1, 2, null)));
        assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(LayeredLayout.layers(g)).boxed().toList());
    }

    @Test
    void cyclesAndLowerTriangularNb101AreRejected() {
        CellGraph cyclic = new CellGraph(List.of(new CellGraph.Node("a", null), new CellGraph.Node("b", null)),
                List.of(new CellGraph.Edge(0, 1, null), new CellGraph.Edge(1, 0, null)));
        assertThrows(IllegalArgumentException.class, () -> LayeredLayout.layers(cyclic));
        assertThrows(IllegalArgumentException.class, () -> org.naswot.spaces.nb101.Nb101Diagram.of("0010", "input|output"));
    }
}
