package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.search.Budget;
import org.naswot.search.EvolutionSettings;
import org.naswot.store.RunInfo;
import org.naswot.store.SearchAlgorithm;
import org.naswot.testing.SharedData;

/**
 * A search's stored scoring runs are numbered as the Search table numbers its rows, from 1 (the hands-on review saw
 * "search naswot run 0" beside table row 1).
 */
class SearchRunLabelsTest {

    @Test
    void subRunsAreLabelledFromOne(@TempDir Path dir) {
        DataDirectory data = DataDirectory.resolve(SharedData.dataDir());
        SpaceContext ctx = SpaceContext.open("nb201", data);
        ExplorerSettings settings = new ExplorerSettings("nb201", "cifar10", ctx.defaultAccuracyColumn(),
                InputKind.NOISE, 8, 1, ReluCounting.REFERENCE, "cpu", 0);
        SearchExperiment.Settings s = new SearchExperiment.Settings(SearchAlgorithm.NASWOT, 2, Budget.queries(100), 2,
                1, settings.scoringConfig(), ctx.defaultAccuracyColumn(), EvolutionSettings.nasBench201());
        Path db = dir.resolve("s.sqlite");
        List<SearchExperiment.RunResult> results = new SearchService(db).run(s, ctx, (e, r) -> { }, () -> false,
                note -> { });
        assertEquals(2, results.size());
        List<String> labels = new RunHistory(db, data).runs().stream().map(RunInfo::label).sorted().toList();
        assertEquals(List.of("search naswot run 1", "search naswot run 2"), labels);
    }
}
