package org.naswot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.naswot.data.DataDirectory;
import org.naswot.service.RunHistory;
import org.naswot.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot export}: the data behind a scoring run, as CSV or JSON, with the accuracy it is plotted against. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the scores of one run as CSV or JSON (to --out, or stdout).",
            "Each architecture comes with its benchmark accuracy (columns accuracy and accuracy_column), so score "
                + "against accuracy plots without a join."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "ID", description = "Scoring run id (see naswot runs list).")
    long run;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--accuracy", paramLabel = "COLUMN",
            description = "Benchmark accuracy column to add (default: the space's, the one score-space and runs show "
                    + "correlate with; for nb201 cifar10valid_valid_200ep_nb201v10).")
    String accuracy;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
    Path outFile;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunHistory history = new RunHistory(common.db != null ? common.db : RunHistory.defaultDatabase(),
                DataDirectory.resolve(common.dataDir));
        ExportFormat f = ExportFormat.fromCli(format);
        OutputFile target = outFile == null ? null : OutputFile.checked(outFile, "--out");
        Output out = new Output(spec, false);
        if (target != null) {
            history.run(run); // an unknown run leaves no file behind
            target.write(file -> {
                try (java.io.OutputStream o = Files.newOutputStream(file)) {
                    history.export(run, f, o, accuracy, out::note);
                }
            });
        } else {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            history.export(run, f, buffer, accuracy, out::note);
            spec.commandLine().getOut().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
