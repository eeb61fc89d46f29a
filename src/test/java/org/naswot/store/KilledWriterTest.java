package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL keeps every row it had committed, and the file stays consistent. */
class KilledWriterTest {

    private static final int ROWS_BEFORE_KILL = 12;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void everyReportedRowSurvivesSigkill() throws Exception {
        Path file = dir.resolve("killed.sqlite");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), KilledWriterMain.class.getName(), file.toString(), "5")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long runId = -1;
        Set<Integer> committed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < ROWS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("run ")) {
                    runId = Long.parseLong(line.substring(4));
                } else if (line.startsWith("committed ")) {
                    committed.add(Integer.parseInt(line.substring(10)));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(ROWS_BEFORE_KILL, committed.size(), "the child stopped early; see its stderr");

        try (ResultStore store = ResultStore.open(file)) {
            Set<Integer> stored = store.scoredIndices(runId);
            assertTrue(stored.containsAll(committed), "lost rows: committed " + committed + ", stored " + stored);
            // rows beyond those reported can only be the one committed before its line was printed
            int next = committed.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
            Set<Integer> extra = new HashSet<>(stored);
            extra.removeAll(committed);
            assertTrue(extra.isEmpty() || extra.equals(Set.of(next)), "unexpected rows " + extra);
            assertEquals(RunStatus.RUNNING, store.requireRun(runId).status());
            assertEquals(Optional.of(runId), store.findResumableRun(StoreFixtures.settings(), "killed writer"));
            assertEquals(Double.NEGATIVE_INFINITY, store.scores(runId).get(4).score());
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            assertTrue(rows.next());
            assertEquals(List.of("ok"), List.of(rows.getString(1)));
        }
    }
}
