package org.naswot.figures.cell;

import org.naswot.figures.cell.CellGraphs;
import org.naswot.figures.cell.LayeredLayout;
import org.naswot.figures.cell.OpStyles;
import org.naswot.figures.cell.StagePlanLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;
import org.naswot.figures.model.StagePlan;

class NdsFiguresTest {
    private static final LayeredLayout.Metrics M = LayeredLayout.Metrics.estimate(13);

    private static CellPair pair(String net) {
        return assertInstanceOf(CellPair.class, org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", net).orElseThrow());
    }

    private static StagePlan plan(String space, String net) {
        return assertInstanceOf(StagePlan.class, org.naswot.spaces.ArchitectureDiagrams.of(space, net).orElseThrow());
    }

    private static int output(CellGraph g) {
        return g.nodes().size() - 1;
    }

    /** The states with an edge into the cell's output. */
    private static Set<Integer> concatenated(CellGraph g) {
        Set<Integer> s = new TreeSet<>();
        for (CellGraph.Edge e : g.edges()) {
            if (e.to() == output(g)) {
                s.add(e.from());
            }
        }
        return s;
    }

    @Test
    void dartsV2NormalCellHasTwoInputsFourNodesEightOpsAndAConcatOfFour() {
        CellGraph normal = pair(NdsGenotypes.DARTS_V2).normal();
        assertEquals(List.of(CellGraphs.PREVIOUS_PREVIOUS, CellGraphs.PREVIOUS, "0", "1", "2", "3", CellGraphs.OUTPUT),
                normal.nodes().stream().map(CellGraph.Node::label).toList());
        List<CellGraph.Edge> ops = normal.edges().stream().filter(e -> e.op() != null).toList();
        assertEquals(8, ops.size());
        assertEquals(new CellGraph.Edge(2, 5, "dil_conv_3x3", "dil 3\u00d73"), ops.get(7), "pair 7 reads state 2 into node 5");
        assertEquals(Set.of(2, 3, 4, 5), concatenated(normal));
        assertTrue(normal.edges().stream().filter(e -> e.to() == output(normal)).allMatch(e -> e.op() == null),
                "the concatenation is plain edges, not operations");
    }

    @Test
    void dartsV2ReductionCellIsPoolsAndSkips() {
        CellGraph reduction = pair(NdsGenotypes.DARTS_V2).reduction();
        assertEquals(Set.of("max_pool_3x3", "skip_connect"), reduction.edges().stream()
                .filter(e -> e.op() != null).map(CellGraph.Edge::op).collect(java.util.stream.Collectors.toSet()));
        assertEquals(new CellGraph.Edge(0, 2, "max_pool_3x3", "max 3\u00d73"), reduction.edges().get(0));
    }

    @Test
    void nasNetReductionCellFeedsOnlyItsLooseEndsToTheOutput() {
        CellPair p = pair(NdsGenotypes.NASNET);
        assertEquals(8, p.normal().nodes().size(), "two inputs, five nodes, the output");
        assertEquals(Set.of(2, 3, 4, 5, 6), concatenated(p.normal()));
        assertEquals(Set.of(4, 5, 6), concatenated(p.reduction()));
        // states 2 and 3 are consumed inside the cell instead
        assertTrue(p.reduction().edges().stream().anyMatch(e -> e.from() == 3 && e.op() != null));
        assertTrue(p.reduction().edges().stream().anyMatch(e -> e.from() == 2 && e.op() != null));
    }

    @Test
    void everyGoldenCellLaysOutWithoutOverlaps() {
        for (String net : NdsGenotypes.CELL_NETWORKS) {
            CellPair p = pair(net);
            LayeredLayoutTest.assertClean(p.normal(), "normal " + net);
            LayeredLayoutTest.assertClean(p.reduction(), "reduce " + net);
        }
    }

    @Test
    void twoOpsOnTheSameStateAreDrawnApart() {
        CellGraph normal = pair(NdsGenotypes.PNAS).normal();
        assertEquals(normal.edges().get(0).from(), normal.edges().get(1).from());
        assertEquals(normal.edges().get(0).to(), normal.edges().get(1).to());
        LayeredLayout.Result r = LayeredLayout.layout(normal, M);
        double[] a = r.routes().get(0).at(0.5);
        double[] b = r.routes().get(1).at(0.5);
        assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1]) > M.textHeight(),
                "parallel edges bow apart: midpoints " + a[1] + " and " + b[1]);
    }

    @Test
    void resNeXtIsStemThreeStagesAndHead() {
        StagePlan plan = plan("nds:ResNeXt-A", NdsGenotypes.RESNEXT_A);
        assertEquals(List.of("stem", "stage 1", "stage 2", "stage 3", "head"),
                plan.blocks().stream().map(StagePlan.Block::title).toList());
        assertEquals(List.of(StagePlan.Kind.STEM, StagePlan.Kind.STAGE, StagePlan.Kind.STAGE, StagePlan.Kind.STAGE,
                StagePlan.Kind.HEAD), plan.blocks().stream().map(StagePlan.Block::kind).toList());
        // stage 2: width 64, bottleneck 0.5 gives 32 channels, num_gs 4 read as a group width: 8 groups
        assertEquals(List.of("1 block", "width 64", "stride 2", "bottleneck \u00d70.5", "8 groups"),
                plan.stages().get(1).lines());
        assertEquals(List.of("2 blocks", "width 128", "stride 2", "bottleneck \u00d70.25", "4 groups"),
                plan.stages().get(2).lines());
        assertTrue(plan.blocks().get(0).lines().contains("max-pool 3\u00d73, stride 2"), "ResNeXt has the ResNet stem");
        assertTrue(plan.caption().contains("res_bottleneck_block"));
    }

    @Test
    void plainAnyNetsHaveNoBottleneckLinesAndVanillaHasTheSimpleStem() {
        StagePlan resnet = plan("nds:ResNet", NdsGenotypes.RESNET);
        assertEquals(List.of("2 blocks", "width 32", "stride 2"), resnet.stages().get(1).lines());
        assertTrue(resnet.blocks().get(0).lines().get(0).startsWith("conv 7\u00d77"));
        StagePlan vanilla = plan("nds:Vanilla", NdsGenotypes.VANILLA);
        assertEquals(5, vanilla.blocks().size());
        assertTrue(vanilla.blocks().get(0).lines().get(0).startsWith("conv 3\u00d73"));
        assertFalse(String.join(" ", vanilla.blocks().get(0).lines()).contains("max-pool"));
        assertTrue(vanilla.blocks().get(0).lines().contains("12 channels"));
    }

    @Test
    void stagePlanBoxesRunLeftToRightWithoutOverlap() {
        StagePlan plan = plan("nds:ResNeXt-A", NdsGenotypes.RESNEXT_A);
        StagePlanLayout r = StagePlanLayout.of(plan, new StagePlanLayout.Metrics(s -> s.length() * 8.0,
                s -> s.length() * 7.0, 16, 10, 30, 12));
        assertEquals(plan.blocks().size(), r.boxes().size());
        for (int i = 1; i < r.boxes().size(); i++) {
            assertTrue(r.boxes().get(i).minX() >= r.boxes().get(i - 1).maxX() + 30 - 1e-9, "an arrow's room between");
        }
        LayeredLayout.Box last = r.boxes().get(r.boxes().size() - 1);
        assertTrue(last.maxX() <= r.width() && r.caption().maxY() <= r.height());
        // the tallest box holds a title and five lines
        assertEquals(6 * 16 + 20, r.boxes().get(0).h(), 1e-9);
    }

    @Test
    void figuresAreChosenBySpaceAndUnknownOnesAreEmpty() {
        assertInstanceOf(CellGraph.class, org.naswot.spaces.ArchitectureDiagrams.of("nb201",
                "|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|nor_conv_1x1~1|none~2|").orElseThrow());
        assertInstanceOf(CellPair.class, org.naswot.spaces.ArchitectureDiagrams.of("nb301", NdsGenotypes.DARTS_V2).orElseThrow());
        assertInstanceOf(CellPair.class, org.naswot.spaces.nds.NdsDiagrams.of(NdsGenotypes.parse("nds:DARTS_in",
                NdsGenotypes.DARTS_V2)));
        assertTrue(org.naswot.spaces.ArchitectureDiagrams.of("transbench", "64-4111-basic").isEmpty());
        // nb301 stores NASLib's compact form, which the encoding path cannot read: the architecture itself can
        assertTrue(org.naswot.spaces.ArchitectureDiagrams.of("nb301", "[[(0, 3), (1, 3)], [(0, 0), (1, 0)]]").isEmpty());
        org.naswot.space.Architecture nb301 = NdsGenotypes.parse("nb301", NdsGenotypes.DARTS_V2);
        assertInstanceOf(CellPair.class, org.naswot.spaces.ArchitectureDiagrams.of(nb301).orElseThrow());
        assertTrue(org.naswot.spaces.ArchitectureDiagrams.of("nds:DARTS", "{\"genotype\": 3}").isEmpty(), "a broken net is no figure");
        assertTrue(org.naswot.spaces.ArchitectureDiagrams.of("nb101", "no-colon").isEmpty());
        assertNotEquals(pair(NdsGenotypes.DARTS_V2).normal(), pair(NdsGenotypes.DARTS_V2).reduction());
    }

    @Test
    void dartsOpsGetShortLabelsOfKindAndKernel() {
        assertEquals("sep 3\u00d73", OpStyles.shortLabel("sep_conv_3x3"));
        assertEquals("dil sep 3\u00d73", OpStyles.shortLabel("dil_sep_conv_3x3"));
        assertEquals("dil 5\u00d75", OpStyles.shortLabel("dil_conv_5x5"));
        assertEquals("conv 7\u00d71 1\u00d77", OpStyles.shortLabel("conv_7x1_1x7"));
        assertEquals("max 2\u00d72", OpStyles.shortLabel("max_pool_2x2"));
        assertEquals("avg 3\u00d73", OpStyles.shortLabel("avg_pool_3x3"));
        assertEquals("conv 1\u00d71", OpStyles.shortLabel("conv_1x1"));
        assertEquals("skip", OpStyles.shortLabel("skip_connect"));
        assertEquals("none", OpStyles.shortLabel("none"));
        // colours by kind, shared with NB201's names: k x k convolutions, pools, factorised and dilated convolutions
        org.naswot.figures.theme.ChartStyle st = org.naswot.figures.theme.ChartStyle.LIGHT;
        assertEquals(OpStyles.colour("nor_conv_3x3", st), OpStyles.colour("sep_conv_7x7", st));
        assertEquals(OpStyles.colour("avg_pool_3x3", st), OpStyles.colour("max_pool_7x7", st));
        assertEquals(OpStyles.colour("conv_3x1_1x3", st), OpStyles.colour("conv_7x1_1x7", st));
        assertEquals(OpStyles.colour("dil_conv_5x5", st), OpStyles.colour("dil_sep_conv_3x3", st));
        assertEquals(5, java.util.stream.Stream.of("sep_conv_3x3", "conv_1x1", "dil_conv_3x3", "conv_7x1_1x7",
                "max_pool_3x3").map(op -> OpStyles.colour(op, st)).distinct().count(), "five kinds, five colours");
    }
}
