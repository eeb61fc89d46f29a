package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.store.StoreFixtures.score;
import static org.naswot.store.StoreFixtures.settings;
import static org.naswot.store.StoreFixtures.singular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.score.ScoreResult;

class ResultExporterTest {

    @TempDir
    Path dir;

    @Test
    void csvHasHeaderRowsByIndexInfinityAndQuotedCommas() {
        try (ResultStore store = ResultStore.open(dir.resolve("e.sqlite"))) {
            long run = store.startRun(settings(), "cmd", 3);
            store.addScore(run, new ScoreResult("nb201", 9, "[[0,1],[0,0]]|conv", 12.5, 7, 8, 0.125));
            store.addScore(run, singular(2));
            store.addScore(run, score(0));
            String csv = export(store, run, ExportFormat.CSV);
            assertEquals(String.join("\n",
                    ResultExporter.CSV_HEADER,
                    "0," + score(0).arch() + ",1000.0,0,10000,500000,0.25",
                    "2," + singular(2).arch() + ",-inf,1,0,1234,0.5",
                    "9,\"[[0,1],[0,0]]|conv\",12.5,0,7,8,0.125",
                    ""), csv);
        }
    }

    @Test
    void jsonHasRunSettingsAndRowsWithInfinityAsString() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("j.sqlite"))) {
            long run = store.startRun(settings(), "naswot score", null);
            store.addScore(run, score(1));
            store.addScore(run, singular(4));
            store.finishRun(run, RunStatus.FINISHED);
            JsonNode root = new ObjectMapper().readTree(export(store, run, ExportFormat.JSON));

            JsonNode info = root.get("run");
            assertEquals(run, info.get("id").asLong());
            assertEquals("nb201", info.get("space").asText());
            assertEquals("cifar10", info.get("dataset").asText());
            assertEquals("dataset", info.get("input_kind").asText());
            assertEquals(128, info.get("batch_size").asInt());
            assertEquals(1, info.get("batch_seed").asLong());
            assertEquals(2, info.get("init_seed").asLong());
            assertEquals("reference", info.get("relu_count").asText());
            assertEquals("cpu", info.get("device").asText());
            assertEquals("naswot score", info.get("label").asText());
            assertTrue(info.get("requested").isNull());
            assertEquals("finished", info.get("status").asText());
            assertFalse(info.get("finished_at").isNull());

            JsonNode rows = root.get("scores");
            assertEquals(2, rows.size());
            assertEquals(1, rows.get(0).get("arch_index").asInt());
            assertEquals(score(1).score(), rows.get(0).get("score").asDouble());
            assertTrue(rows.get(0).get("score").isNumber());
            assertEquals(score(1).params(), rows.get(0).get("params").asLong());
            assertEquals("-inf", rows.get(1).get("score").asText());
            assertTrue(rows.get(1).get("singular").asBoolean());
            assertEquals(singular(4).arch(), rows.get(1).get("arch").asText());
        }
    }

    @Test
    void unknownRunIsAUserErrorListingTheRunsThereAre() {
        try (ResultStore store = ResultStore.open(dir.resolve("u.sqlite"))) {
            ResultExporter exporter = new ResultExporter(store);
            UserFacingException empty = assertThrows(UserFacingException.class,
                    () -> exporter.export(1, ExportFormat.CSV, new ByteArrayOutputStream()));
            assertTrue(empty.getMessage().contains("holds no scoring runs"), empty.getMessage());

            long first = store.startRun(settings(), null, null);
            long second = store.startRun(settings(), null, null);
            Path target = dir.resolve("out/missing.csv");
            UserFacingException unknown = assertThrows(UserFacingException.class,
                    () -> exporter.export(second + 40, ExportFormat.JSON, target));
            assertTrue(unknown.getMessage().contains("existing runs: " + first + ", " + second), unknown.getMessage());
            assertFalse(unknown.getMessage().contains("\n"));
            assertFalse(Files.exists(target), "no file for an unknown run");
        }
        assertThrows(UserFacingException.class, () -> ExportFormat.fromCli("xlsx"));
        assertEquals(ExportFormat.JSON, ExportFormat.fromCli("JSON"));
    }

    @Test
    void exportToFileCreatesFolderAndMatchesStreamOutput() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("f.sqlite"))) {
            long run = store.startRun(settings(), null, null);
            store.addScore(run, score(3));
            Path target = dir.resolve("exports/run.csv");
            new ResultExporter(store).export(run, ExportFormat.CSV, target);
            assertEquals(export(store, run, ExportFormat.CSV), Files.readString(target));
            assertEquals(List.of(ResultExporter.CSV_HEADER), Files.readAllLines(target).subList(0, 1));
        }
    }

    private static String export(ResultStore store, long run, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ResultExporter(store).export(run, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
