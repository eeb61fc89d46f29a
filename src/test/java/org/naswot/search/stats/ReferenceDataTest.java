package org.naswot.search.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.naswot.testing.SharedData;

/** Sanity checks of the statistics on the shared reference data (read in place). */
class ReferenceDataTest {

    @Test
    void firstVersionScoreRanksNasBench201Accuracies() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.data("nb201/nb201_accuracies.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int scoreColumn = header.indexOf("naswot_v1_jacov_score_cifar10");
        int accuracyColumn = header.indexOf("cifar10valid_valid_200ep_nb201v10");
        assertTrue(scoreColumn >= 0 && accuracyColumn >= 0, "expected columns missing from " + header);

        int rows = lines.size() - 1;
        double[] scores = new double[rows];
        double[] accuracies = new double[rows];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",", -1); // no quoting in this file
            scores[r] = parse(cells[scoreColumn]);
            accuracies[r] = parse(cells[accuracyColumn]);
        }
        Correlations c = Correlations.of(scores, accuracies);
        ConfidenceInterval tauCi = new Bootstrap(RandomGeneratorFactory.of("L64X128MixRandom").create(1), 200)
                .kendallTau(scores, accuracies, 0.95);
        System.out.printf(Locale.ROOT, "NB201 v1 jacov score vs cifar10-valid valid acc: %s, tau 95%% CI %s%n",
                c.summaryLine(), tauCi.format(3));

        assertEquals(15625, rows);
        assertEquals(15625 - 341, c.n()); // the README: the v1 score is missing for 341 cells
        assertTrue(c.tau() > 0.4, "Kendall tau " + c.tau());
        assertTrue(c.rho() > c.tau(), "Spearman exceeds Kendall for a monotone association");
        assertTrue(tauCi.contains(c.tau()) && tauCi.width() < 0.05, tauCi.toString());
    }

    @Test
    void authorsFirstVersionRunsSummary() throws IOException {
        JsonNode run = new ObjectMapper().readTree(SharedData.data("naswot_v1/cifar10_500_10_1.json").toFile());
        List<Double> accs = new ArrayList<>();
        run.get("accs").forEach(node -> accs.add(node.asDouble()));
        Summary s = Summary.of(accs);
        System.out.printf(Locale.ROOT,
                "naswot_v1 cifar10 N=10 (%d runs): test acc %.2f ± %.2f (sample std, n-1) / ± %.2f (population, n);"
                        + " median %.2f, quartiles %.2f..%.2f; median search time %.2f s%n",
                s.n(), s.mean(), s.std(), s.populationStd(), s.median(), s.q1(), s.q3(),
                Summary.of(doubles(run.get("times"))).median());

        assertEquals(500, s.n());
        assertEquals(500, run.get("chosen").size());
        assertEquals(s.populationStd() * Math.sqrt(500.0 / 499), s.std(), 1e-9);
        // With 500 runs the two conventions differ by 0.1 %: both print the same two decimals, so the
        // published "mean ± std" cannot tell them apart; the authors' process_results.py uses n-1.
        assertEquals(String.format(Locale.ROOT, "%.2f", s.std()), String.format(Locale.ROOT, "%.2f", s.populationStd()));
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static double parse(String cell) {
        return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
    }
}
