package org.naswot.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.naswot.score.ScoreResult;
import picocli.CommandLine.Model.CommandSpec;

/** Text or JSON lines on stdout; notes and warnings on stderr, so JSON output stays machine-readable. */
final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final JsonLines json;
    private final boolean jsonMode;

    Output(CommandSpec spec, boolean jsonMode) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
        this.json = new JsonLines(out);
        this.jsonMode = jsonMode;
    }

    void json(Map<String, ?> object) {
        json.print(object);
    }

    void text(String line) {
        out.println(line);
        out.flush();
    }

    void note(String message) {
        err.println("note: " + message);
        err.flush();
    }

    /**
     * Notes that each say a thing once: a search draws a batch per run and each draw says where its images came from
     * (the built-in pack), which printed R times buries the results.
     */
    java.util.function.Consumer<String> noteOnce() {
        java.util.Set<String> said = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return message -> {
            if (said.add(message)) {
                note(message);
            }
        };
    }

    boolean jsonMode() {
        return jsonMode;
    }

    /** The contract fields of a score line, in order. */
    static Map<String, Object> scoreObject(ScoreResult r) {
        Map<String, Object> o = JsonLines.object();
        o.put("space", r.space());
        o.put("index", r.index());
        o.put("arch", r.arch());
        o.put("score", JsonLines.number(r.score()));
        o.put("relu_units", r.reluUnits());
        o.put("params", r.params());
        o.put("seconds", r.seconds());
        return o;
    }

    static String formatScore(double score) {
        return score == Double.NEGATIVE_INFINITY ? "-inf (K is singular)" : String.format("%.6f", score);
    }
}
