package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code naswot sweep --protocol paper,vkdnw}: the protocol is a sweep axis, stored with each point's run, shown by
 * {@code runs list/show/compare} and grouped by; a vkdnw point is score-space --protocol vkdnw for its seed.
 */
class SweepProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        return r;
    }

    private static List<JsonNode> json(CliRunner.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.lines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void theProtocolIsAnAxisStoredShownAndGroupedBy() throws Exception {
        String db = tmp.resolve("r.sqlite").toString();
        String data = tmp.resolve("data").toString();
        List<JsonNode> lines = json(ok("sweep", "--space", "nb201", "--sample", "3", "--seeds", "1-2",
                "--batch-size", "8", "--protocol", "paper,vkdnw", "--data-dir", data, "--db", db, "--json"));
        assertEquals(5, lines.size(), "paper x 2 seeds, vkdnw x 2 seeds, then the summary");
        JsonNode summary = lines.get(4);
        assertEquals(List.of("protocol"), JSON.convertValue(summary.get("group_by"), List.class));
        assertEquals(2, summary.get("groups").size());
        assertEquals("paper", summary.get("groups").get(0).get("key").get("protocol").asText());
        assertEquals("vkdnw", summary.get("groups").get(1).get("key").get("protocol").asText());
        for (int i = 0; i < 4; i++) {
            JsonNode settings = lines.get(i).get("settings");
            assertEquals(i < 2 ? "paper" : "vkdnw", settings.get("protocol").asText());
            // vkdnw fixes the batch: 64, whatever --batch-size said
            assertEquals(i < 2 ? 8 : 64, settings.get("batch_size").asInt());
        }
        // the vkdnw group's tau is the mean over its seeds, as score-space --protocol vkdnw --protocol-seeds 2 says
        JsonNode vkdnw = summary.get("groups").get(1);
        assertEquals((lines.get(2).get("kendall_tau").asDouble() + lines.get(3).get("kendall_tau").asDouble()) / 2,
                vkdnw.get("mean_tau").asDouble(), 1e-12);

        // a vkdnw point is score-space's protocol run of its seed: every score found stored, the same tau
        List<JsonNode> scoreSpace = json(ok("score-space", "--space", "nb201", "--sample", "3", "--seed", "2",
                "--protocol", "vkdnw", "--protocol-seeds", "1", "--data-dir", data, "--db", db, "--json"));
        JsonNode s = scoreSpace.get(scoreSpace.size() - 1);
        assertEquals(0, s.get("computed").asInt(), s.toString());
        assertEquals(lines.get(3).get("kendall_tau").asDouble(), s.get("kendall_tau").asDouble(), 1e-12);

        // runs list, show and compare name it; compare groups by it
        String list = ok("runs", "list", "--db", db, "--data-dir", data).out();
        assertTrue(list.lines().anyMatch(l -> l.contains("protocol")), list);
        // the sweep's two vkdnw runs and score-space's
        assertEquals(3, list.lines().filter(l -> l.contains(" vkdnw ")).count(), list);
        long vkdnwRun = lines.get(2).get("id").asLong();
        String show = ok("runs", "show", Long.toString(vkdnwRun), "--db", db, "--data-dir", data).out();
        assertTrue(show.contains("protocol     vkdnw"), show);
        List<JsonNode> compared = json(ok("runs", "compare", Long.toString(lines.get(0).get("id").asLong()),
                Long.toString(vkdnwRun), "--group-by", "protocol", "--db", db, "--data-dir", data, "--json"));
        JsonNode c = compared.get(compared.size() - 1);
        assertEquals(List.of("paper", "vkdnw"), JSON.convertValue(c.get("differing").get("protocol"), List.class));
        assertEquals(2, c.get("groups").size());
        String table = ok("runs", "compare", Long.toString(lines.get(0).get("id").asLong()), Long.toString(vkdnwRun),
                "--group-by", "protocol", "--db", db, "--data-dir", data).out();
        assertTrue(table.contains("protocol=vkdnw"), table);
    }
}
