package org.naswot.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.data.DataDirectory;
import org.naswot.run.DataStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code naswot data status}: per space, which data items are present and what to do about the missing ones. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List, for each search space, the data it uses (dataset images, the NB201 split, the benchmark "
                + "table, benchmarks imported into benchmarks.sqlite): present or missing, and how to get what is missing.",
            "Exit code 0 even when items are missing."})
final class DataStatusCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Output out = new Output(spec, common.json);
        DataDirectory data = DataDirectory.resolve(common.dataDir);
        List<DataStatus.Entry> entries = DataStatus.of(data);
        if (common.json) {
            entries.forEach(e -> out.json(object(e)));
            return 0;
        }
        out.text("data directory " + data.root() + (java.nio.file.Files.isDirectory(data.root()) ? ""
                : " (does not exist yet; downloads and imports create it)"));
        out.text("built-in: data packed into the application, used where the data directory has no copy");
        String space = null;
        for (DataStatus.Entry e : entries) {
            if (!e.space().equals(space)) {
                space = e.space();
                out.text("");
                out.text(space);
            }
            String mark = e.builtIn() ? "built-in" : e.present() ? "ok      " : e.required() ? "MISSING " : "missing ";
            out.text(String.format("  %s %-22s %s", mark, e.item(), e.present() ? e.detail() : e.path()));
            if (!e.present()) {
                out.text(String.format("  %8s %-22s -> %s", "", "", e.action()));
            }
        }
        long missing = entries.stream().filter(e -> !e.present() && e.required()).count();
        out.text("");
        out.text(missing == 0 ? "everything required is present" : missing + " required item(s) missing "
                + "(lower-case 'missing': needed only for other datasets or as an alternative source)");
        return 0;
    }

    static Map<String, Object> object(DataStatus.Entry e) {
        Map<String, Object> o = JsonLines.object();
        o.put("space", e.space());
        o.put("item", e.item());
        o.put("present", e.present());
        o.put("path", e.path().toString());
        o.put("detail", e.detail());
        o.put("action", e.action());
        o.put("dataset", e.dataset());
        o.put("required", e.required());
        o.put("source", e.source());
        o.put("builtin", e.builtIn());
        if (e.item().equals("benchmark-import")) {
            o.put("sources", e.sources().stream().map(DataImportCommand::summaryObject).toList());
        }
        return o;
    }
}
