package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.score.proxies.AggregateMeasure;
import org.naswot.score.proxies.AggregateRegistry;
import org.naswot.search.stats.Correlations;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;

/**
 * {@code --proxies az_nas}: the aggregate's parts are computed per architecture, the aggregate itself is ranked across
 * the run from their values (summary and stored views alike), never stored.
 */
class ScoreSpaceAggregateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAggregateComputesItsPartsAndIsRankedFromTheirValues(@TempDir Path dir) throws Exception {
        Path indices = dir.resolve("cells.txt");
        // 1651 is all none (expressivity -inf), 4680 has skip-only edges into a cell (a -inf trainability term)
        Files.writeString(indices, "6111\n1651\n4680\n0\n15480\n9930\n");
        Path db = dir.resolve("r.sqlite");
        CliRunner.Result r = CliRunner.run("score-space", "--space", "nb201", "--indices", indices.toString(),
                "--proxies", "az_nas", "--batch-size", "8", "--data-dir", SharedData.dataDir().toString(),
                "--db", db.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        AggregateMeasure azNas = AggregateRegistry.get("az_nas");
        Map<String, double[]> parts = new LinkedHashMap<>();
        azNas.members().forEach(m -> parts.put(m, new double[6]));
        double[] accuracy = new double[6];
        List<JsonNode> rows = new ArrayList<>();
        JsonNode summary = null;
        for (String line : r.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("index")) {
                rows.add(n);
            } else if (n.has("summary")) {
                summary = n;
            }
        }
        assertEquals(6, rows.size(), r.out());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode p = rows.get(i).get("proxies");
            assertFalse(p.has("az_nas"), "an aggregate has no value of one architecture: " + p);
            for (String m : azNas.members()) {
                parts.get(m)[i] = number(p.get(m));
            }
            accuracy[i] = rows.get(i).get("accuracy").asDouble();
        }
        assertEquals(Double.NEGATIVE_INFINITY, parts.get("az_expressivity")[1], "the all-none cell");
        double[] expected = AggregateRegistry.combine(azNas, parts);
        Correlations c = Correlations.of(expected, accuracy);
        assertEquals(c.tau(), summary.get("proxy_kendall_tau").get("az_nas").asDouble(), 1e-12, summary.toString());
        assertEquals(c.rho(), summary.get("proxy_spearman").get("az_nas").asDouble(), 1e-12, summary.toString());
        assertEquals(azNas.members(), JSON.convertValue(summary.get("aggregate_members").get("az_nas"), List.class));

        // the stored views (Proxies tab, figure --kind proxies) rank the same stored parts the same way
        RunHistory history = new RunHistory(db, new DataDirectory(SharedData.dataDir()));
        RunInfo run = history.runs().get(0);
        RunProxyTable table = history.proxyTable(run, summary.get("accuracy").asText(),
                RunProxyTable.allMeasures());
        assertTrue(RunProxyTable.allMeasures().contains("az_nas"));
        assertTrue(table.aggregates().contains("az_nas"), table.aggregates().toString());
        assertEquals(0, table.missing("az_nas"));
        // the other aggregates' parts (vkdnw, ntk_cond, ...) were not computed: missing everywhere, not made up
        for (String other : table.aggregates()) {
            if (!other.equals("az_nas")) {
                assertEquals(table.size(), table.missing(other), other);
            }
        }
        assertFalse(table.incomplete().contains("az_nas"), "an aggregate is never computed, only its parts");
        double[] byIndex = table.values("az_nas");
        // the table orders architectures by index, the run by the file
        List<Integer> order = rows.stream().map(n -> n.get("index").asInt()).toList();
        double[] reordered = new double[6];
        for (int i = 0; i < 6; i++) {
            reordered[order.indexOf(table.scores().get(i).index())] = byIndex[i];
        }
        assertArrayEquals(expected, reordered, 1e-12);
    }

    private static double number(JsonNode v) {
        return v.isTextual() ? (v.asText().equals("-inf") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : v.isNull() ? Double.NaN : v.asDouble();
    }
}
