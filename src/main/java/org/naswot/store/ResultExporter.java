package org.naswot.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.naswot.common.UserFacingException;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;

/**
 * Writes one scoring run's scores as CSV or JSON, for {@code naswot export --db F --run ID --format csv|json}.
 *
 * <p>CSV: a header row {@code arch_index,arch,score,singular,relu_units,params,seconds}, one row per
 * architecture by index; a singular score is written {@code -inf}, which pandas.read_csv reads as
 * -infinity. JSON: {@code {"run": {settings, status, times}, "scores": [{...}, ...]}} with the same
 * fields; a singular score is the string {@code "-inf"}, as JSON has no infinity.
 *
 * <p>With an {@link Accuracy} (what {@code naswot export} passes: the space's default column or {@code --accuracy}),
 * CSV rows gain {@code accuracy,accuracy_column} and JSON scores {@code "accuracy"} (null when unknown) with the
 * run's {@code "accuracy_column"}, so {@code df.plot.scatter("score", "accuracy")} needs no join.
 *
 * <p>With {@link Column}s (the run's stored proxies, which {@code naswot export} passes), CSV rows gain one column
 * each after those, empty where the architecture has no value (never computed, or failed) and {@code nan} where the
 * proxy computed NaN; JSON scores gain {@code "proxies": {id: value}} (null where missing, "nan" for NaN) and the
 * run {@code "proxies": [ids]}.
 */
public final class ResultExporter {

    static final String CSV_HEADER = "arch_index,arch,score,singular,relu_units,params,seconds";

    private final ResultStore store;

    /**
     * The benchmark accuracy of each architecture in one column (the store has no benchmark tables: the caller
     * looks them up); NaN where unknown. {@link #NONE} leaves the accuracy out.
     */
    public record Accuracy(String column, IntToDoubleFunction byIndex) {
        public static final Accuracy NONE = new Accuracy(null, i -> Double.NaN);
    }

    /** A further column of values by architecture index (a stored proxy's); null where the value is missing. */
    public record Column(String name, IntFunction<Double> byIndex) {
    }

    public ResultExporter(ResultStore store) {
        this.store = store;
    }

    /** Writes to {@code out} and leaves it open (it may be System.out). */
    public void export(long runId, ExportFormat format, OutputStream out) {
        export(runId, format, out, null);
    }

    /** As {@link #export(long, ExportFormat, OutputStream)}, with each architecture's accuracy (null: none). */
    public void export(long runId, ExportFormat format, OutputStream out, Accuracy accuracy) {
        export(runId, format, out, accuracy, List.of());
    }

    /** As {@link #export(long, ExportFormat, OutputStream, Accuracy)}, with further columns after the accuracy. */
    public void export(long runId, ExportFormat format, OutputStream out, Accuracy accuracy, List<Column> columns) {
        RunInfo run = store.requireRun(runId);
        List<ScoreResult> scores = store.scores(runId);
        try {
            switch (format) {
                case CSV -> writeCsv(scores, out, accuracy, columns);
                case JSON -> writeJson(run, scores, out, accuracy, columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes to a file, creating its folder; an unknown run leaves no file behind. */
    public void export(long runId, ExportFormat format, Path file) {
        store.requireRun(runId);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                export(runId, format, out);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException("cannot write export file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeCsv(List<ScoreResult> scores, OutputStream out, Accuracy accuracy, List<Column> columns)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(CSV_HEADER);
        writer.write(accuracy == null ? "" : ",accuracy,accuracy_column");
        for (Column c : columns) {
            writer.write("," + csvField(c.name()));
        }
        writer.write('\n');
        String columnField = accuracy == null || accuracy.column() == null ? "" : csvField(accuracy.column());
        for (ScoreResult s : scores) {
            writer.write(s.index() + "," + csvField(s.arch()) + "," + number(s.score()) + "," + (s.singular() ? 1 : 0)
                    + "," + s.reluUnits() + "," + s.params() + "," + number(s.seconds()));
            if (accuracy != null) {
                // an unknown accuracy is an empty field, which pandas reads as NaN
                double a = accuracy.byIndex().applyAsDouble(s.index());
                writer.write("," + (Double.isNaN(a) ? "" : number(a)) + "," + columnField);
            }
            for (Column c : columns) {
                Double v = c.byIndex().apply(s.index());
                writer.write("," + (v == null ? "" : number(v)));
            }
            writer.write('\n');
        }
        writer.flush(); // not close: the caller owns the stream
    }

    private static void writeJson(RunInfo run, List<ScoreResult> scores, OutputStream out, Accuracy accuracy,
                                  List<Column> columns) throws IOException {
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeObjectFieldStart("run");
            writeRun(run, json);
            if (accuracy != null) {
                json.writeStringField("accuracy_column", accuracy.column());
            }
            if (!columns.isEmpty()) {
                json.writeArrayFieldStart("proxies");
                for (Column c : columns) {
                    json.writeString(c.name());
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeArrayFieldStart("scores");
            for (ScoreResult s : scores) {
                json.writeStartObject();
                json.writeNumberField("arch_index", s.index());
                json.writeStringField("arch", s.arch());
                if (s.singular()) {
                    json.writeStringField("score", "-inf");
                } else {
                    json.writeNumberField("score", s.score());
                }
                json.writeBooleanField("singular", s.singular());
                json.writeNumberField("relu_units", s.reluUnits());
                json.writeNumberField("params", s.params());
                json.writeNumberField("seconds", s.seconds());
                if (accuracy != null) {
                    double a = accuracy.byIndex().applyAsDouble(s.index());
                    if (Double.isNaN(a)) {
                        json.writeNullField("accuracy");
                    } else {
                        json.writeNumberField("accuracy", a);
                    }
                }
                writeColumns(json, s.index(), columns);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    /** The further columns of one architecture as {@code "proxies": {name: value}}; NaN as "nan" (JSON has none). */
    private static void writeColumns(JsonGenerator json, int index, List<Column> columns) throws IOException {
        if (columns.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("proxies");
        for (Column c : columns) {
            Double v = c.byIndex().apply(index);
            if (v == null) {
                json.writeNullField(c.name());
            } else if (Double.isFinite(v)) {
                json.writeNumberField(c.name(), v);
            } else {
                json.writeStringField(c.name(), number(v));
            }
        }
        json.writeEndObject();
    }

    private static void writeRun(RunInfo run, JsonGenerator json) throws IOException {
        ScoringSettings s = run.settings();
        json.writeNumberField("id", run.id());
        json.writeStringField("space", s.space());
        json.writeStringField("dataset", s.dataset());
        json.writeStringField("input_kind", s.input().cliName());
        json.writeNumberField("batch_size", s.batchSize());
        json.writeNumberField("batch_seed", s.batchSeed());
        json.writeNumberField("init_seed", s.initSeed());
        json.writeStringField("weight_seeds", s.weightSeeds().cliName());
        json.writeStringField("protocol", s.protocol().cliName());
        json.writeStringField("relu_count", s.counting().cliName());
        json.writeStringField("device", s.device());
        json.writeStringField("tool_version", run.toolVersion());
        json.writeStringField("label", run.label());
        if (run.requested() == null) {
            json.writeNullField("requested");
        } else {
            json.writeNumberField("requested", run.requested());
        }
        json.writeStringField("status", run.status().dbName());
        json.writeStringField("started_at", Timestamps.format(run.startedAt()));
        json.writeStringField("finished_at", run.finishedAt() == null ? null : Timestamps.format(run.finishedAt()));
    }

    /** Locale-free, and spelled the way pandas and Python's float() read infinities. */
    private static String number(double value) {
        if (value == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (value == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (Double.isNaN(value)) {
            return "nan";
        }
        return Double.toString(value);
    }

    /** RFC 4180 quoting: some encodings (NB101 adjacency lists) contain commas. */
    private static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
