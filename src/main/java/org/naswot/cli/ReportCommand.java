package org.naswot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.data.DataDirectory;
import org.naswot.service.RunHistory;
import org.naswot.service.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code naswot report}: what the window's File ▸ Export all… writes, for a script (issue 29 §4). */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write every figure of stored runs (score vs accuracy, best cell, kernels, proxies' heatmap) as "
                + "PNG, SVG and PDF, their CSVs each with a Python script (pandas + matplotlib) that redraws the "
                + "figure, the runs' scores with every stored proxy, and one HTML or Markdown page with the figures, "
                + "statistics (Kendall tau, Spearman rho with 95%% intervals, n) and provenance, into one folder.",
            "The same as the window's File > Export all... A figure a run cannot have (kernels without its images, "
                + "proxies never computed) is left out and said on the page."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_ID", arity = "1..*", description = "Scoring run ids (see naswot runs list).")
    List<Long> runs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The report's folder: new, empty, or "
            + "an earlier report's (replaced); any other non-empty folder is refused.")
    Path out;

    @Option(names = "--format", defaultValue = "html", description = "The page: html or md (default ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RunReport.Format f = RunReport.Format.parse(format);
        Output output = new Output(spec, common.json);
        RunHistory history = new RunHistory(common.db != null ? common.db : RunHistory.defaultDatabase(),
                DataDirectory.resolve(common.dataDir));
        RunReport.Written w = new RunReport(history).write(runs, out, f, output::note);
        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            o.put("out", w.folder().toString());
            o.put("page", w.page().toString());
            o.put("runs", runs);
            o.put("files", w.files());
            output.json(o);
        } else {
            output.text("wrote " + w.page() + " and " + (w.files().size() - 1) + " more files in " + w.folder());
        }
        return 0;
    }
}
