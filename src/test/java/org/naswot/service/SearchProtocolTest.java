package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.SearchExperiment;
import org.naswot.run.SpaceContext;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;
import org.naswot.search.Budget;
import org.naswot.search.EvolutionSettings;
import org.naswot.store.ResultStore;
import org.naswot.store.SearchAlgorithm;
import org.naswot.store.SearchRunInfo;
import org.naswot.testing.SharedData;

/**
 * A search asked with the window's Protocol picker at VKDNW scores under that protocol (its chosen cell's score is the
 * one {@link ProtocolScoring} gives, as score-space --protocol vkdnw does) and its stored spec names the protocol.
 */
class SearchProtocolTest {

    @Test
    void aSearchUnderVkdnwScoresAndSaysSo(@TempDir Path dir) {
        ExplorerSettings vkdnw = new ExplorerSettings("nb201", "cifar10", "cifar10valid_valid_200ep_nb201v10",
                InputKind.DATASET, 8, 1, ReluCounting.REFERENCE, "cpu", 0, ScoringProtocol.VKDNW);
        SpaceContext ctx = SpaceContext.open("nb201", DataDirectory.resolve(SharedData.dataDir()));
        SearchExperiment.Settings s = new SearchExperiment.Settings(SearchAlgorithm.NASWOT, 3, Budget.queries(10), 1,
                1, vkdnw.scoringConfig(), ctx.defaultAccuracyColumn(), EvolutionSettings.nasBench201());
        Path db = dir.resolve("s.sqlite");
        List<SearchExperiment.RunResult> results = new SearchService(db).run(s, ctx, (e, r) -> { }, () -> false,
                note -> { });
        SearchExperiment.RunResult r = results.get(0);
        ProtocolScoring.Result expected = ProtocolScoring.score(vkdnw.scoringConfig(), ctx,
                ctx.space().architecture(r.chosen().index()), ProxySelection.NONE, 1, null, "test", note -> { });
        assertEquals(expected.meanScore(), r.chosenScore(), 0.0);
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            SearchRunInfo stored = store.searches().get(0);
            assertTrue(stored.spec().settingsJson().contains("\"protocol\":\"vkdnw\""), stored.spec().settingsJson());
            assertTrue(stored.spec().settingsJson().contains("\"batch_size\":64"), stored.spec().settingsJson());
        }
    }
}
