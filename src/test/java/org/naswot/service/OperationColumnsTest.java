package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.export.CsvTable;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;

/** The architecture table counts each architecture's operations, one "# op" column per operation of its space. */
class OperationColumnsTest {
    private static final String CELL_6111 =
            "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|";
    private static final String POOLS_AND_NONE =
            "|none~0|+|avg_pool_3x3~0|none~1|+|avg_pool_3x3~0|none~1|skip_connect~2|";

    @Test
    void anNb201RunsTableCountsEachCellsOperationsAndExportsThem(@TempDir Path dir) {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        SpaceContext ctx = SpaceContext.open("nb201", data);
        assertEquals(CELL_6111, ctx.space().architecture(6111).encoding());
        int other = ctx.space().parse(POOLS_AND_NONE).index();
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 8, 1, 1, ReluCounting.REFERENCE,
                "cpu", "0f".repeat(32));
        Path db = dir.resolve("runs.sqlite");
        try (ResultStore store = ResultStore.open(db)) {
            long id = store.startRun(s, "ops", 2);
            store.addScore(id, new ScoreResult("nb201", 6111, CELL_6111, 1500, 1, 100_000, 0));
            store.addScore(id, new ScoreResult("nb201", other, POOLS_AND_NONE, 1400, 1, 90_000, 0));
        }
        RunHistory history = new RunHistory(db, data);
        RunInfo run = history.runs().get(0);
        ArchitectureTable t = history.architectureTable(run);

        List<String> ops = t.columns(ArchitectureTable.Kind.OPERATIONS).stream().map(ArchitectureTable.Column::id)
                .toList();
        assertEquals(List.of("# none", "# skip_connect", "# nor_conv_1x1", "# nor_conv_3x3", "# avg_pool_3x3"), ops,
                "NB201's five operations, in the benchmark's op-list order");
        int row = t.rowOf(6111);
        assertEquals(Map.of("# none", 0.0, "# skip_connect", 1.0, "# nor_conv_1x1", 1.0, "# nor_conv_3x3", 4.0,
                "# avg_pool_3x3", 0.0), counts(t, row));
        assertEquals(Map.of("# none", 3.0, "# skip_connect", 1.0, "# nor_conv_1x1", 0.0, "# nor_conv_3x3", 0.0,
                "# avg_pool_3x3", 2.0), counts(t, t.rowOf(other)));
        assertFalse(t.column("# nor_conv_3x3").ranked(), "a count is no measure to rank by");
        assertEquals("nwot", t.columns().get(0).id());
        assertEquals("rank", t.columns().get(t.columns().size() - 2).id(), "rank and percentile stay last");

        CsvTable csv = ArchitectureTableCsv.of(t, List.of(row), Set.of());
        List<String> header = csv.header();
        List<String> cells = csv.rows().get(0);
        assertTrue(header.contains("# nor_conv_3x3"), header.toString());
        assertEquals("4", cells.get(header.indexOf("# nor_conv_3x3")));
        assertEquals("1", cells.get(header.indexOf("# skip_connect")));
        assertEquals("0", cells.get(header.indexOf("# avg_pool_3x3")));
    }

    /** A DARTS-family space counts its normal and reduction cell together; an operation no row uses has no column. */
    @Test
    void aDartsNetworkCountsBothCellsTogether() {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        SpaceContext ctx = SpaceContext.open(org.naswot.spaces.SpaceModules.resolve("spaces/examples/darts.json"),
                data);
        String network = "normal:|sep_conv_3x3~0|sep_conv_3x3~1|+|skip_connect~0|sep_conv_3x3~1|+"
                + "|sep_conv_3x3~0|dil_conv_3x3~2|+|skip_connect~0|sep_conv_5x5~1|"
                + " reduce:|max_pool_3x3~0|max_pool_3x3~1|+|skip_connect~2|max_pool_3x3~1|+"
                + "|max_pool_3x3~0|skip_connect~2|+|skip_connect~2|avg_pool_3x3~0|";
        List<ArchitectureTable.Column> columns = RunHistory.operationColumns(ctx, new int[] {-1},
                new String[] {network});
        Map<String, Double> counts = columns.stream().collect(Collectors.toMap(ArchitectureTable.Column::id,
                c -> c.values()[0]));
        assertEquals(Map.of("# max_pool_3x3", 4.0, "# avg_pool_3x3", 1.0, "# skip_connect", 5.0,
                "# sep_conv_3x3", 4.0, "# sep_conv_5x5", 1.0, "# dil_conv_3x3", 1.0), counts,
                "dil_conv_5x5 is used by no row: no column");
        assertEquals(List.of("# max_pool_3x3", "# avg_pool_3x3", "# skip_connect", "# sep_conv_3x3", "# sep_conv_5x5",
                "# dil_conv_3x3"), columns.stream().map(ArchitectureTable.Column::id).toList(),
                "in the descriptor's order");
    }

    /** NAS-Bench-301's networks (built-in table): 8 edges in each of the two cells, DARTS's operations only. */
    @Test
    void nb301CountsSixteenEdgesOfDartsOperations() {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        SpaceContext ctx = SpaceContext.open("nb301", data);
        int[] indices = {0, 1, 2, 3};
        String[] archs = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            archs[i] = ctx.space().architecture(indices[i]).encoding();
        }
        List<ArchitectureTable.Column> columns = RunHistory.operationColumns(ctx, indices, archs);
        Set<String> darts = Set.of("# max_pool_3x3", "# avg_pool_3x3", "# skip_connect", "# sep_conv_3x3",
                "# sep_conv_5x5", "# dil_conv_3x3", "# dil_conv_5x5");
        assertFalse(columns.isEmpty());
        for (ArchitectureTable.Column c : columns) {
            assertTrue(darts.contains(c.id()), c.id());
        }
        for (int r = 0; r < indices.length; r++) {
            double sum = 0;
            for (ArchitectureTable.Column c : columns) {
                sum += c.values()[r];
            }
            assertEquals(16.0, sum, "row " + r);
        }
    }

    private static Map<String, Double> counts(ArchitectureTable t, int row) {
        return t.columns(ArchitectureTable.Kind.OPERATIONS).stream().collect(Collectors.toMap(
                ArchitectureTable.Column::id, c -> c.values()[row]));
    }
}
