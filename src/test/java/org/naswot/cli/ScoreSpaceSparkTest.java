package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.SharedData;

/** score-space --engine spark prints the lines of the local engine, and says how to get Spark when it is missing. */
class ScoreSpaceSparkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> args(Path db, String... engine) {
        List<String> args = new ArrayList<>(List.of("score-space", "--space", "nb201", "--sample", "6", "--seed", "5",
                "--batch-size", "16", "--threads", "1", "--data-dir", SharedData.dataDir().toString(),
                "--db", db.toString(), "--json"));
        args.addAll(List.of(engine));
        return args;
    }

    @Test
    void sparkPrintsTheLinesOfTheLocalEngine(@TempDir Path dir) throws Exception {
        CliRunner.Result local = CliRunner.run(args(dir.resolve("local.sqlite")).toArray(String[]::new));
        CliRunner.Result spark = CliRunner.run(args(dir.resolve("spark.sqlite"), "--engine", "spark", "--master",
                "local[2]", "--partitions", "3").toArray(String[]::new));
        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        assertEquals(7, spark.lines().length);
        for (int i = 0; i < 7; i++) {
            JsonNode l = withoutRunDetails(JSON.readTree(local.lines()[i]));
            JsonNode s = withoutRunDetails(JSON.readTree(spark.lines()[i]));
            if (i == 6) {
                assertEquals("local", ((ObjectNode) l).remove("engine").asText());
                assertEquals("spark", ((ObjectNode) s).remove("engine").asText());
            }
            assertEquals(l, s, "line " + i);
        }
    }

    @Test
    void withoutSparkOnTheClassPathTheEngineSaysHowToGetIt(@TempDir Path dir) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("/org/apache/spark/") && !e.contains("/org/scala-lang/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                Main.class.getName()));
        command.addAll(args(dir.resolve("r.sqlite"), "--engine", "spark", "--master", "local[2]"));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Main.USER_ERROR, p.waitFor(), err);
        assertTrue(err.contains("Spark is not on the class path: run with target/naswot (which adds "
                + "target/spark-lib) or spark-submit"), err);
        assertTrue(!dir.resolve("r.sqlite").toFile().exists(), "refused before a database was created");
    }

    /** Drops what differs between two runs of the same request: compute times, database, run id. */
    private static JsonNode withoutRunDetails(JsonNode line) {
        ObjectNode o = (ObjectNode) line;
        o.remove(List.of("seconds", "seconds_per_arch", "wall_seconds", "workers", "db", "run_id"));
        return o;
    }
}
