package org.naswot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
public final class CliRunner {
    public record Result(int exitCode, String out, String err) {
        public String[] lines() {
            return out.isBlank() ? new String[0] : out.strip().split("\n");
        }
    }

    public static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private CliRunner() {
    }
}
