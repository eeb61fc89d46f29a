package org.naswot.app.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.cli.CliRunner;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.figures.search.SearchSeries;
import org.naswot.score.ReluCounting;
import org.naswot.search.BestSoFar;
import org.naswot.search.Budget;
import org.naswot.service.ExplorerSettings;
import org.naswot.store.SearchAlgorithm;
import org.naswot.testing.SharedData;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The same search asked of {@code naswot search --json --curve} and of the Search tab's view-model gives the same
 * chosen cells and the same best-so-far curves; the window's random baseline is {@code --algorithm random} with N =
 * the budget. Both go through the service layer, each with its own database.
 */
class SearchAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExplorerSettings NB201 = new ExplorerSettings("nb201", "cifar10",
            "cifar10valid_valid_200ep_nb201v10", InputKind.NOISE, 8, 1, ReluCounting.REFERENCE, "cpu", 0);

    @Test
    void theCommandLineAndTheWindowAgreeRunForRun(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path data = SharedData.dataDir();
        SearchViewModel vm = new SearchViewModel(() -> NB201, DataDirectory.resolve(data), dir.resolve("window.sqlite"));
        SearchRequest request = new SearchRequest(SearchAlgorithm.REA, 10, 20, Budget.Unit.QUERIES, 8, 2, 3);
        WaitForAsyncUtils.asyncFx(() -> vm.search(request)).get();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !vm.running.get()).get());
        List<SearchSeries> shown = WaitForAsyncUtils.asyncFx(vm::series).get();
        assertEquals(List.of("REA, 20 queries, P = 8, S = 2", "random, N = 20"), shown.stream().map(SearchSeries::label).toList());

        JsonNode[] rea = cli(dir, data, "--algorithm", "rea", "--budget", "20", "--population", "8", "--sample-size",
                "2");
        JsonNode[] random = cli(dir, data, "--algorithm", "random", "--n", "20");
        for (int run = 0; run < 3; run++) {
            assertEquals(rea[run].get("chosen_index").asInt(), vm.rows.get(run).index());
            assertSameCurve(rea[run], shown.get(0).runs().get(run));
            assertSameCurve(random[run], shown.get(1).runs().get(run));
        }
    }

    private static JsonNode[] cli(Path dir, Path data, String... algorithm) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("search", "--space", "nb201", "--dataset", "cifar10",
                "--runs", "3", "--seed", "1", "--curve", "--json", "--data-dir", data.toString(), "--db",
                dir.resolve("cli.sqlite").toString()));
        args.addAll(List.of(algorithm));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        JsonNode[] runs = new JsonNode[3];
        for (int i = 0; i < 3; i++) {
            runs[i] = JSON.readTree(r.lines()[i]);
        }
        return runs;
    }

    private static void assertSameCurve(JsonNode cli, BestSoFar window) {
        JsonNode acc = cli.get("curve_accuracy");
        assertEquals(acc.size(), window.accuracy().length);
        for (int k = 0; k < acc.size(); k++) {
            assertEquals(acc.get(k).asDouble(), window.accuracy()[k], 0.0, "step " + k);
        }
        assertEquals(cli.get("cifar10_valid").asDouble(), window.finalAccuracy(), 0.0);
    }
}
