package org.naswot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.store.ExportFormat;
import org.naswot.store.ResultExporter;
import org.naswot.store.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot export}: the data behind a scoring run, as CSV or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the scores of one run as CSV or JSON (to --out, or stdout).")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "ID", description = "Scoring run id (see the score-space summary).")
    long run;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
    Path outFile;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path db = common.db != null ? common.db : ResultStore.defaultLocation();
        if (!Files.isRegularFile(db)) {
            throw new UserFacingException("results database " + db + " not found (give it with --db)");
        }
        ExportFormat f = ExportFormat.fromCli(format);
        OutputFile target = outFile == null ? null : OutputFile.checked(outFile, "--out");
        try (ResultStore store = ResultStore.openReadOnly(db)) {
            ResultExporter exporter = new ResultExporter(store);
            if (target != null) {
                store.requireRun(run);
                target.write(file -> {
                    try (java.io.OutputStream o = Files.newOutputStream(file)) {
                        exporter.export(run, f, o);
                    }
                });
            } else {
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                exporter.export(run, f, buffer);
                spec.commandLine().getOut().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }
}
