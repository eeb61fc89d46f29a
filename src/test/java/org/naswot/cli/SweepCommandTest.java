package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.search.stats.Summary;

/** {@code naswot sweep} and {@code naswot runs compare}: the grid's runs, their comparison and the grouped tau. */
class SweepCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("r.sqlite").toString();
    }

    private String data() {
        return tmp.resolve("data").toString(); // empty: the built-in images, as on a fresh machine
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        return r;
    }

    private static String refused(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(Main.USER_ERROR, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertTrue(r.err().strip().lines().count() <= 2, r.err());
        return r.err();
    }

    private static List<JsonNode> json(CliRunner.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.lines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void aSweepScoresEachPointAsScoreSpaceWouldAndGroupsTauOverTheSeeds() throws Exception {
        List<JsonNode> lines = json(ok("sweep", "--space", "nb201", "--sample", "4", "--seeds", "1-2",
                "--batch-size", "8,16", "--relu-count", "reference", "--data-dir", data(), "--db", db(), "--json"));
        assertEquals(5, lines.size(), "one line per point, then the summary");
        JsonNode summary = lines.get(4);
        assertEquals(List.of("batch_size"), List.of(summary.get("group_by").get(0).asText()));
        assertEquals(2, summary.get("groups").size());
        for (int i = 0; i < 4; i++) {
            JsonNode p = lines.get(i);
            assertEquals(i, p.get("point").asInt());
            assertEquals(4, p.get("n").asInt());
            assertEquals(2, p.get("kendall_tau_ci95").size());
            assertTrue(p.get("kendall_tau_ci95").get(0).asDouble() <= p.get("kendall_tau").asDouble());
        }
        // batch 8 is points 0 and 1 (seeds 1, 2): its group's mean and std are those of their taus
        JsonNode batch8 = summary.get("groups").get(0);
        assertEquals("8", batch8.get("key").get("batch_size").asText());
        Summary s = Summary.of(lines.get(0).get("kendall_tau").asDouble(), lines.get(1).get("kendall_tau").asDouble());
        assertEquals(s.mean(), batch8.get("mean_tau").asDouble(), 1e-12);
        assertEquals(s.std(), batch8.get("std_tau").asDouble(), 1e-12);

        // a point is score-space with the same settings: that command finds every score stored, and the same tau
        JsonNode scoreSpace = json(ok("score-space", "--space", "nb201", "--sample", "4", "--seed", "2",
                "--batch-size", "16", "--data-dir", data(), "--db", db(), "--json")).get(4);
        assertEquals(0, scoreSpace.get("computed").asInt());
        assertEquals(lines.get(3).get("kendall_tau").asDouble(), scoreSpace.get("kendall_tau").asDouble(), 1e-12);

        // the same command again continues the same sweep: nothing is scored again
        JsonNode again = json(ok("sweep", "--space", "nb201", "--sample", "4", "--seeds", "1-2", "--batch-size",
                "8,16", "--data-dir", data(), "--db", db(), "--json")).get(0);
        assertEquals(1, again.get("sweep_id").asInt());
        assertEquals(4, again.get("points_already_finished").asInt());
        assertEquals(summary.get("groups"), again.get("groups"));

        // runs compare: the diff names the settings that differ, --group-by any of them
        List<JsonNode> compared = json(ok("runs", "compare", "1", "2", "3", "4", "--group-by", "seed",
                "--data-dir", data(), "--db", db(), "--json"));
        JsonNode diff = compared.get(4).get("differing");
        assertTrue(diff.has("batch_size") && diff.has("seed"), diff.toString());
        assertFalse(diff.has("relu_count") || diff.has("space"), "equal settings are not in the diff: " + diff);
        assertEquals(2, compared.get(4).get("groups").size());
        assertEquals(lines.get(0).get("kendall_tau_ci95"), compared.get(0).get("kendall_tau_ci95"),
                "seeded bootstrap: the same interval every time");
        String text = ok("runs", "compare", "1", "3", "--data-dir", data(), "--db", db()).out();
        assertTrue(text.contains("settings that differ") && text.contains("batch_size   8, 16"), text);
        assertTrue(ok("sweep", "show", "1", "--data-dir", data(), "--db", db()).out()
                .contains("batch_size=16"));
        JsonNode listed = json(ok("sweep", "list", "--db", db(), "--json")).get(0);
        assertEquals(4, listed.get("points_finished").asInt());
        assertEquals("finished", listed.get("status").asText());
    }

    @Test
    void badInputSaysWhatIsWrongAndLeavesNoDatabase() {
        assertTrue(refused("sweep", "--seeds", "1-5", "--db", db()).contains("--sample"));
        assertTrue(refused("sweep", "--sample", "4", "--seeds", "one", "--db", db()).contains("--seeds 1-5"));
        assertTrue(refused("sweep", "--sample", "4", "--relu-count", "twice", "--db", db()).contains("reference or once"));
        assertTrue(refused("sweep", "--sample", "4", "--group-by", "colour", "--db", db()).contains("batch_size"));
        assertTrue(refused("sweep", "--sample", "0", "--db", db()).contains("--sample"));
        assertTrue(refused("sweep", "show", "3", "--db", db()).contains("--db"));
        assertTrue(refused("runs", "compare", "1", "--db", db()).contains("not found"));
        assertFalse(Files.exists(Path.of(db())), "a refused command leaves no database behind");
        ok("score-space", "--space", "nb201", "--sample", "2", "--batch-size", "8", "--data-dir", data(), "--db", db());
        assertTrue(refused("runs", "compare", "1", "5", "--db", db(), "--data-dir", data()).contains("no scoring run 5"));
        assertTrue(refused("runs", "compare", "1", "--group-by", "colour", "--db", db()).contains("unknown setting"));
        assertTrue(refused("sweep", "show", "3", "--db", db()).contains("no sweep 3"));
        assertTrue(refused("sweep", "--resume", "1", "--seeds", "1-3", "--db", db()).contains("give it alone"));
    }
}
