package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.proxies.AggregateRegistry;
import org.naswot.search.stats.Correlations;
import org.naswot.search.stats.RankEnsemble;
import org.naswot.service.RecommendedEnsemble;
import org.naswot.service.RunHistory;
import org.naswot.store.RunInfo;
import org.naswot.testing.SharedData;

/**
 * {@code score-space --protocol vkdnw}: batch 64, Kaiming weights, noise for nwot, several seeds averaged, values kept
 * apart from the paper protocol's; {@code --ensemble recommended} and aggregates as ensemble members.
 */
class ScoreSpaceProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path cells;

    @BeforeAll
    static void cells() throws Exception {
        cells = dir.resolve("cells.txt");
        Files.writeString(cells, "6111\n15480\n9930\n");
    }

    private static CliRunner.Result scoreSpace(Path db, String... more) {
        List<String> args = new ArrayList<>(List.of("score-space", "--space", "nb201", "--indices", cells.toString(),
                "--data-dir", SharedData.dataDir().toString(), "--db", db.toString(), "--json"));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private record Run(List<JsonNode> rows, JsonNode summary) {
        Map<Integer, Double> scores() {
            Map<Integer, Double> out = new LinkedHashMap<>();
            rows.forEach(r -> out.put(r.get("index").asInt(), r.get("score").asDouble()));
            return out;
        }
    }

    private static Run parse(CliRunner.Result r) throws Exception {
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        JsonNode summary = null;
        for (String line : r.lines()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("summary")) {
                summary = n;
            } else if (n.has("index")) {
                rows.add(n);
            }
        }
        assertNotNull(summary, r.out());
        return new Run(rows, summary);
    }

    @Test
    void theProtocolChangesTheScoresRepeatsThemForASeedAndKeepsItsValuesApart() throws Exception {
        Path db = dir.resolve("both.sqlite");
        Run paper = parse(scoreSpace(db, "--batch-size", "64"));
        Run vkdnw = parse(scoreSpace(db, "--protocol", "vkdnw", "--protocol-seeds", "1", "--ensemble", "recommended"));
        assertEquals("paper", paper.summary().get("protocol").asText());
        assertEquals("vkdnw", vkdnw.summary().get("protocol").asText());
        assertEquals(3, vkdnw.summary().get("computed").asInt(), "nothing of the paper protocol's run is reused");
        // the recommended ensemble's members are computed without --proxies, its tau reported beside theirs
        assertEquals(RecommendedEnsemble.MEMBERS, JSON.convertValue(vkdnw.summary().get("ensemble_members"),
                List.class));
        assertTrue(vkdnw.summary().get("proxy_kendall_tau").get("ensemble").isNumber(), vkdnw.summary().toString());
        for (String m : RecommendedEnsemble.MEMBERS) {
            assertTrue(vkdnw.summary().get("proxy_kendall_tau").has(m), m);
        }
        // its value: AZ-NAS's sum of log(rank / n) over the members, recomputed from the rows
        List<double[]> memberValues = new ArrayList<>();
        double[] acc = new double[vkdnw.rows().size()];
        for (String m : RecommendedEnsemble.MEMBERS) {
            double[] column = new double[acc.length];
            for (int i = 0; i < acc.length; i++) {
                JsonNode v = vkdnw.rows().get(i).get("proxies").get(m);
                column[i] = v.isNumber() ? v.asDouble()
                        : v.asText().equals("-inf") ? Double.NEGATIVE_INFINITY : Double.NaN;
                acc[i] = vkdnw.rows().get(i).get("accuracy").asDouble();
            }
            memberValues.add(column);
        }
        assertEquals(Correlations.of(RankEnsemble.logRankSum(memberValues), acc).tau(),
                vkdnw.summary().get("proxy_kendall_tau").get("ensemble").asDouble(), 1e-12);
        paper.scores().forEach((i, s) -> assertNotEquals(s, vkdnw.scores().get(i), "cell " + i));
        assertTrue(vkdnw.summary().get("images").asText().contains("64 images"), vkdnw.summary().toString());
        assertEquals(List.of("nwot"), JSON.convertValue(vkdnw.summary().get("noise_input"), List.class),
                "the summary says which measures saw noise instead of those images");
        assertEquals(List.of(), JSON.convertValue(paper.summary().get("noise_input"), List.class));

        // the same command into a fresh database: the same values (a seed gives the same weights and noise)
        Run again = parse(scoreSpace(dir.resolve("fresh.sqlite"), "--protocol", "vkdnw", "--protocol-seeds", "1"));
        assertEquals(vkdnw.scores(), again.scores());
        // and into the first one: reused, not recomputed
        Run resumed = parse(scoreSpace(db, "--protocol", "vkdnw", "--protocol-seeds", "1", "--ensemble",
                "recommended"));
        assertEquals(3, resumed.summary().get("reused").asInt());
        assertEquals(0, resumed.summary().get("proxies_computed").asInt());

        // the store records each run's protocol
        List<RunInfo> runs = new RunHistory(db, new DataDirectory(SharedData.dataDir())).runs();
        assertEquals(List.of(ScoringProtocol.PAPER, ScoringProtocol.VKDNW),
                runs.stream().map(r -> r.settings().protocol()).distinct().toList());
    }

    @Test
    void severalSeedsAreAveragedWithEachSeedsTauKept() throws Exception {
        Run r = parse(scoreSpace(dir.resolve("seeds.sqlite"), "--protocol", "vkdnw", "--protocol-seeds", "2",
                "--proxies", "jacov", "--ensemble", "jacov,nwot"));
        JsonNode s = r.summary();
        assertEquals(6, r.rows().size(), "each seed's run lists its architectures");
        assertEquals(List.of(1, 2), JSON.convertValue(s.get("protocol_seeds"), List.class));
        assertEquals(2, s.get("run_ids").size());
        JsonNode taus = s.get("kendall_tau_seeds");
        assertEquals(2, taus.size());
        assertEquals((taus.get(0).asDouble() + taus.get(1).asDouble()) / 2, s.get("kendall_tau").asDouble(), 1e-12);
        assertEquals(List.of("jacov", "nwot"), JSON.convertValue(s.get("ensemble_members"), List.class));
        JsonNode ensembleSeeds = s.get("proxy_kendall_tau_seeds").get("ensemble");
        assertEquals(2, ensembleSeeds.size());
        assertEquals((ensembleSeeds.get(0).asDouble() + ensembleSeeds.get(1).asDouble()) / 2,
                s.get("proxy_kendall_tau").get("ensemble").asDouble(), 1e-12);
        // the two seeds' networks differ: so do their scores
        assertNotEquals(r.rows().get(0).get("score").asDouble(), r.rows().get(3).get("score").asDouble());
    }

    @Test
    void anAggregateIsAnEnsembleMemberRankedFromItsParts() throws Exception {
        Run r = parse(scoreSpace(dir.resolve("agg.sqlite"), "--batch-size", "8", "--proxies", "az_nas,jacov",
                "--ensemble", "az_nas,nwot"));
        int n = r.rows().size();
        Map<String, double[]> columns = new LinkedHashMap<>();
        double[] nwot = new double[n];
        double[] acc = new double[n];
        for (String m : AggregateRegistry.get("az_nas").members()) {
            columns.put(m, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            JsonNode row = r.rows().get(i);
            nwot[i] = row.get("score").asDouble();
            acc[i] = row.get("accuracy").asDouble();
            for (String m : columns.keySet()) {
                JsonNode v = row.get("proxies").get(m);
                columns.get(m)[i] = v.isNumber() ? v.asDouble()
                        : v.asText().equals("-inf") ? Double.NEGATIVE_INFINITY : Double.NaN;
            }
        }
        double[] azNas = AggregateRegistry.combine(AggregateRegistry.get("az_nas"), columns);
        double expected = Correlations.of(RankEnsemble.of(azNas, nwot), acc).tau();
        assertEquals(expected, r.summary().get("proxy_kendall_tau").get("ensemble").asDouble(), 1e-12);
        assertEquals(List.of("az_nas", "nwot"), JSON.convertValue(r.summary().get("ensemble_members"), List.class));
    }

    @Test
    void conflictsAndBadValuesExitWithTwoNamingTheWayOut() {
        Path db = dir.resolve("refused.sqlite");
        CliRunner.Result batch = scoreSpace(db, "--protocol", "vkdnw", "--batch-size", "32");
        assertEquals(2, batch.exitCode());
        assertTrue(batch.err().contains("--batch-size") && batch.err().contains("64"), batch.err());
        CliRunner.Result unknown = scoreSpace(db, "--protocol", "table1");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("paper") && unknown.err().contains("vkdnw"), unknown.err());
        CliRunner.Result seeds = scoreSpace(db, "--protocol-seeds", "0");
        assertEquals(2, seeds.exitCode());
        assertTrue(seeds.err().contains("--protocol-seeds"), seeds.err());
        CliRunner.Result mixed = scoreSpace(db, "--ensemble", "recommended,jacov");
        assertEquals(2, mixed.exitCode());
        assertTrue(mixed.err().contains("recommended"), mixed.err());
        CliRunner.Result member = scoreSpace(db, "--proxies", "jacov", "--ensemble", "az_nas,nwot");
        assertEquals(2, member.exitCode());
        assertTrue(member.err().contains("az_nas"), member.err());
        for (CliRunner.Result r : List.of(batch, unknown, seeds, mixed, member)) {
            assertTrue(r.err().lines().count() <= 2 && !r.err().contains("Exception"), r.err());
        }
        assertTrue(Files.notExists(db), "a refused command leaves no database behind");
    }
}
