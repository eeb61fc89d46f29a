package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/** {@code score-space --archs FILE}: architectures listed by their strings, scored as listed indices are. */
class ScoreSpaceArchsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONV = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|"
            + "nor_conv_3x3~2|";
    private static final String POOL = "|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|"
            + "skip_connect~1|skip_connect~2|";

    @Test
    void scoresTheListedStringsInFileOrderLikeTheirIndices(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("cells.txt");
        Files.writeString(list, "# two cells from elsewhere\n\n" + CONV + "\n   \n" + POOL + "\n# the first again\n"
                + CONV + "\n");
        Path db = dir.resolve("runs.sqlite");
        String data = SharedData.dataDir().toString();
        CliRunner.Result r = CliRunner.run("score-space", "--archs", list.toString(), "--batch-size", "16",
                "--workers", "1", "--data-dir", data, "--db", db.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.lines();
        assertEquals(3, lines.length, r.out());
        assertEquals(CONV, JSON.readTree(lines[0]).get("arch").asText());
        assertEquals(POOL, JSON.readTree(lines[1]).get("arch").asText());
        assertEquals(2, JSON.readTree(lines[2]).get("n").asInt());

        Path indices = dir.resolve("indices.txt");
        Files.writeString(indices, JSON.readTree(lines[0]).get("index").asInt() + "\n"
                + JSON.readTree(lines[1]).get("index").asInt() + "\n");
        CliRunner.Result byIndex = CliRunner.run("score-space", "--indices", indices.toString(), "--batch-size", "16",
                "--workers", "1", "--data-dir", data, "--db", dir.resolve("other.sqlite").toString(), "--json");
        assertEquals(0, byIndex.exitCode(), byIndex.err());
        for (int i = 0; i < 2; i++) {
            assertEquals(JSON.readTree(lines[i]).get("score"), JSON.readTree(byIndex.lines()[i]).get("score"));
        }
    }

    @Test
    void anUnparsableLineIsNamedByFileAndLine(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("cells.txt");
        Files.writeString(list, "# header\n" + CONV + "\n|nor_conv_3x3~0|+|bad|\n");
        Path db = dir.resolve("runs.sqlite");
        CliRunner.Result r = CliRunner.run("score-space", "--archs", list.toString(), "--batch-size", "16",
                "--data-dir", SharedData.dataDir().toString(), "--db", db.toString());
        assertEquals(2, r.exitCode(), r.err());
        String error = r.err().strip().lines().filter(l -> !l.startsWith("note:")).findFirst().orElseThrow();
        assertTrue(error.contains(list + ":3:") && error.contains("unknown operation 'bad'"), error);
        assertFalse(Files.exists(db), "a refused list leaves no database behind");

        Files.writeString(list, "# nothing but comments\n\n");
        CliRunner.Result empty = CliRunner.run("score-space", "--archs", list.toString(), "--data-dir",
                SharedData.dataDir().toString(), "--db", db.toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("lists no architecture"), empty.err());
    }
}
