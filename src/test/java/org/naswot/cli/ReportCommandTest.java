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

/** {@code naswot report}: the window's Export all… from the command line; bad input is exit 2 and one line. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("r.sqlite").toString();
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    private CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    private String refused(String... args) {
        CliRunner.Result r = run(args);
        assertEquals(Main.USER_ERROR, r.exitCode(), String.join(" ", args) + " -> " + r.err() + r.out());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        return r.err();
    }

    @Test
    void helpSaysWhatItWritesWithoutPicocliWarnings() {
        CliRunner.Result help = run("report", "--help");
        assertEquals(0, help.exitCode());
        assertFalse(help.err().contains("WARN"), help.err());
        assertTrue(help.out().contains("95% intervals") && help.out().contains("Export all"), help.out());
        assertTrue(help.out().contains("html or md"), help.out());
    }

    @Test
    void writesTheFolderAndRefusesBadInputWithExitTwo() throws Exception {
        CliRunner.Result scored = run("score-space", "--space", "nb201", "--sample", "3", "--seed", "4",
                "--batch-size", "8", "--data-dir", data(), "--db", db());
        assertEquals(0, scored.exitCode(), scored.err());
        Path out = tmp.resolve("rep");
        CliRunner.Result ok = run("report", "1", "--out", out.toString(), "--db", db(), "--data-dir", data(),
                "--json");
        assertEquals(0, ok.exitCode(), ok.err());
        JsonNode json = new ObjectMapper().readTree(ok.out());
        assertEquals(out.resolve("report.html").toAbsolutePath().toString(), json.get("page").asText());
        for (JsonNode f : json.get("files")) {
            assertTrue(Files.isRegularFile(out.resolve(f.asText())), f.asText());
        }
        assertTrue(Files.isRegularFile(out.resolve("run1-scatter.py")));
        // again, as Markdown: an earlier report's folder is replaced
        assertEquals(0, run("report", "1", "--out", out.toString(), "--format", "md", "--db", db(), "--data-dir",
                data()).exitCode());
        assertTrue(Files.isRegularFile(out.resolve("report.md")) && !Files.exists(out.resolve("report.html")));

        Path none = tmp.resolve("none");
        assertTrue(refused("report", "7", "--out", none.toString(), "--db", db(), "--data-dir", data())
                .contains("no scoring run 7"));
        assertFalse(Files.exists(none), "an unknown run leaves no folder");
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "keep");
        assertTrue(refused("report", "1", "--out", mine.toString(), "--db", db(), "--data-dir", data())
                .contains("not empty"));
        assertEquals("keep", Files.readString(mine.resolve("notes.txt")));
        assertTrue(refused("report", "1", "--out", none.toString(), "--format", "pdf", "--db", db()).contains(
                "html or md"));
        assertTrue(refused("report", "1", "--out", tmp.resolve("r.sqlite").toString(), "--db", db())
                .contains("is a file"));
        assertFalse(Files.exists(none));
    }
}
