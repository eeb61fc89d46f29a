package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/** score-space --proxies over an --indices file: values per line, correlations in the summary, reuse on a rerun. */
class ScoreSpaceProxiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PROXIES = List.of("params", "l2_norm", "synflow");
    /** The chosen proxies and flops, computed with them for the size bias (params is chosen already). */
    private static final List<String> COMPUTED = List.of("params", "l2_norm", "synflow", "flops");

    private static String[] args(Path indices, Path db) {
        return new String[] {"score-space", "--space", "nb201", "--indices", indices.toString(), "--proxies",
            String.join(",", PROXIES), "--batch-size", "16", "--data-dir", SharedData.dataDir().toString(),
            "--db", db.toString(), "--json"};
    }

    @Test
    void eachLineCarriesItsProxiesAndARerunReusesThem(@TempDir Path dir) throws Exception {
        Path indices = dir.resolve("cells.txt");
        // cell 1234 has no path from input to output through a parametric op: its synflow is -inf
        Files.writeString(indices, "# three NB201 cells\n6111\n\n0   # the first\n1234\n6111\n");
        Path db = dir.resolve("r.sqlite");

        CliRunner.Result first = CliRunner.run(args(indices, db));
        assertEquals(0, first.exitCode(), first.err());
        List<JsonNode> rows = rows(first);
        assertEquals(List.of(6111, 0, 1234), rows.stream().map(r -> r.get("index").asInt()).toList(),
                "file order, duplicates once");
        for (JsonNode r : rows) {
            JsonNode p = r.get("proxies");
            assertEquals(COMPUTED, iterable(p.fieldNames()), r.toString());
            assertTrue(p.get("params").asDouble() > 0 && p.get("l2_norm").asDouble() > 0, r.toString());
        }
        JsonNode summary = JSON.readTree(first.lines()[first.lines().length - 1]);
        assertEquals(COMPUTED, iterable(summary.get("proxy_kendall_tau").fieldNames()));
        assertEquals(COMPUTED, iterable(summary.get("proxy_spearman").fieldNames()));
        for (String key : List.of("proxy_top10_precision", "proxy_ndcg", "proxy_best_of_n", "proxy_tau_params",
                "proxy_tau_flops")) {
            assertEquals(COMPUTED, iterable(summary.get(key).fieldNames()), key);
        }
        assertEquals(1.0, summary.get("proxy_tau_params").get("params").asDouble(), 1e-12, "params against itself");
        double ndcg = summary.get("proxy_ndcg").get("params").asDouble();
        assertTrue(ndcg > 0 && ndcg <= 1, "a ratio of gains: " + ndcg);
        assertEquals(100, summary.get("best_of_n").asInt());
        assertEquals(JSON.createObjectNode(), summary.get("failed"));
        assertEquals(JSON.createObjectNode(), summary.get("undefined"), "synflow's -inf is a value, not undefined");
        assertEquals(12, summary.get("proxies_computed").asInt());

        CliRunner.Result again = CliRunner.run(args(indices, db));
        assertEquals(0, again.exitCode(), again.err());
        JsonNode summary2 = JSON.readTree(again.lines()[again.lines().length - 1]);
        assertEquals(0, summary2.get("proxies_computed").asInt(), again.out());
        assertEquals(12, summary2.get("proxies_reused").asInt(), again.out());
        List<JsonNode> rows2 = rows(again);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).get("proxies"), rows2.get(i).get("proxies"), "stored values come back unchanged");
        }
        assertEquals(summary.get("proxy_spearman"), summary2.get("proxy_spearman"));
    }

    @Test
    void aRankEnsembleOfOneMemberRanksAsThatMember(@TempDir Path dir) throws Exception {
        Path indices = dir.resolve("cells.txt");
        Files.writeString(indices, "6111\n0\n1234\n77\n3000\n");
        List<String> args = new ArrayList<>(List.of(args(indices, dir.resolve("r.sqlite"))));
        args.addAll(List.of("--ensemble", "l2_norm"));
        CliRunner.Result one = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, one.exitCode(), one.err());
        JsonNode s1 = JSON.readTree(one.lines()[one.lines().length - 1]);
        assertEquals(s1.get("proxy_kendall_tau").get("l2_norm"), s1.get("proxy_kendall_tau").get("ensemble"));
        assertEquals(s1.get("proxy_spearman").get("l2_norm"), s1.get("proxy_spearman").get("ensemble"));

        args.set(args.size() - 1, "nwot,params,synflow");
        CliRunner.Result three = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, three.exitCode(), three.err());
        JsonNode s3 = JSON.readTree(three.lines()[three.lines().length - 1]);
        assertEquals("[\"nwot\",\"params\",\"synflow\"]", s3.get("ensemble_members").toString());
        assertTrue(s3.get("proxy_kendall_tau").get("ensemble").isNumber(), s3.toString());

        args.set(args.size() - 1, "jacov");
        CliRunner.Result notChosen = CliRunner.run(args.toArray(String[]::new));
        assertEquals(2, notChosen.exitCode());
        assertTrue(notChosen.err().contains("ensemble member 'jacov'"), notChosen.err());
    }

    /**
     * Identical commands give identical values, bit for bit, with one worker or two, run after run: proxies run on
     * threads with one libtorch thread each, and nothing frees an array a backward pass still reads (two of three
     * runs with two workers gave snip 1e18 or NaN before).
     */
    @Test
    void everyProxyValueIsTheSameWithOneOrTwoWorkersRunAfterRun(@TempDir Path dir) throws Exception {
        Path indices = dir.resolve("cells.txt");
        Files.writeString(indices, "13193\n9000\n7000\n");
        List<JsonNode> reference = null;
        String[] workers = {"1", "2", "2", "2"};
        for (int run = 0; run < workers.length; run++) {
            CliRunner.Result r = CliRunner.run("score-space", "--space", "nb201", "--indices", indices.toString(),
                    "--proxies", "all", "--batch-size", "16", "--workers", workers[run], "--data-dir",
                    SharedData.dataDir().toString(), "--db", dir.resolve("run" + run + ".sqlite").toString(), "--json");
            assertEquals(0, r.exitCode(), r.err());
            List<JsonNode> rows = rows(r);
            assertEquals(3, rows.size(), r.out());
            rows.forEach(row -> assertEquals(org.naswot.score.proxies.ProxyRegistry.ids(),
                    iterable(row.get("proxies").fieldNames()), row.toString()));
            for (JsonNode row : rows) {
                // a number, or -inf as the JSON lines spell it (AZ-NAS's expressivity of cell 7000's rank-deficient
                // last-stage features, as the authors' float32 code gives it too)
                row.get("proxies").forEach(v -> assertTrue(v.isNumber() || v.asText().equals("-inf"), row.toString()));
            }
            if (reference == null) {
                reference = rows;
            } else {
                for (int i = 0; i < rows.size(); i++) {
                    assertEquals(reference.get(i).get("proxies"), rows.get(i).get("proxies"),
                            "run " + run + " with " + workers[run] + " workers, cell " + rows.get(i).get("index"));
                    assertEquals(reference.get(i).get("score"), rows.get(i).get("score"));
                }
            }
        }
    }

    @Test
    void aBadIndexFileNamesItsLine(@TempDir Path dir) throws Exception {
        Path indices = dir.resolve("bad.txt");
        Files.writeString(indices, "12\nseven\n");
        CliRunner.Result r = CliRunner.run(args(indices, dir.resolve("r.sqlite")));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 2") && r.err().contains("'seven'"), r.err());
        Files.writeString(indices, "15625\n");
        CliRunner.Result range = CliRunner.run(args(indices, dir.resolve("r.sqlite")));
        assertEquals(2, range.exitCode());
        assertTrue(range.err().contains("out of range"), range.err());
        CliRunner.Result unknown = CliRunner.run("score-space", "--space", "nb201", "--sample", "2", "--proxies",
                "params,nonsense", "--data-dir", SharedData.dataDir().toString(), "--db",
                dir.resolve("u.sqlite").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown proxy 'nonsense'"), unknown.err());
    }

    private static List<JsonNode> rows(CliRunner.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("index")) {
                out.add(n);
            }
        }
        return out;
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
