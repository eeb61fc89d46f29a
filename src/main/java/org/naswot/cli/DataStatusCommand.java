package org.naswot.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.spaces.SpaceModule;
import org.naswot.spaces.SpaceModules;
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
        // a family of spaces sharing their images (NDS's): one line each for those imported, one line for the rest
        Map<SpaceModule.StatusFamily, List<String>> familyMissing = new java.util.LinkedHashMap<>();
        for (DataStatus.Entry e : entries) {
            SpaceModule.StatusFamily family = SpaceModules.of(e.space()).statusFamily();
            if (family != null) {
                List<String> missingHere = familyMissing.computeIfAbsent(family, f -> new java.util.ArrayList<>());
                if (e.item().equals("benchmark-import")) {
                    if (e.present()) {
                        out.text(String.format("%n%s%n  ok       %-22s %s", e.space(), e.item(), e.detail()));
                    } else {
                        missingHere.add(e.space().substring(family.prefix().length()));
                    }
                }
                continue;
            }
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
        familyMissing.forEach((family, names) -> {
            if (!names.isEmpty()) {
                out.text("");
                out.text(family.heading());
                out.text(String.format("  %s %-22s %s", "missing ", "benchmark-import", String.join(", ", names)));
                out.text(String.format("  %8s %-22s -> %s", "", "", family.missingAction()));
            }
        });
        long missing = entries.stream().filter(e -> !e.present() && e.required()
                && SpaceModules.of(e.space()).statusFamily() == null).count();
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
