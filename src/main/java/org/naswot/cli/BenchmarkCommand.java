package org.naswot.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.data.DataDirectory;
import org.naswot.run.ArchitectureMetrics;
import org.naswot.run.SpaceContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot benchmark}: every trained metric the benchmark table and the imported benchmarks know for one architecture. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print every metric known for one architecture: its row of the space's benchmark table and "
                + "everything imported into benchmarks.sqlite (accuracies per dataset, split and budget, params, "
                + "FLOPs, latency).")
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--space", defaultValue = org.naswot.spaces.SpaceModules.DEFAULT_ID, description = "Search space: ${sys:naswot.spaces}. Default ${DEFAULT-VALUE}.")
    String space;

    @Option(names = "--index", paramLabel = "I", required = true, description = "The benchmark's index of the architecture.")
    int index;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Output out = new Output(spec, common.json);
        SpaceContext ctx = SpaceContext.open(space, DataDirectory.resolve(common.dataDir));
        ArchitectureMetrics m = ArchitectureMetrics.of(ctx, index);
        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            o.put("space", m.space());
            o.put("index", m.index());
            o.put("arch", m.arch());
            Map<String, Object> metrics = JsonLines.object();
            m.metrics().forEach((k, v) -> metrics.put(k, v instanceof Double d ? JsonLines.number(d) : v));
            o.put("metrics", metrics);
            o.put("sources", m.sources());
            out.json(o);
        } else {
            out.text(m.space() + " #" + m.index() + " " + m.arch());
            int width = m.metrics().keySet().stream().mapToInt(String::length).max().orElse(0);
            m.metrics().forEach((k, v) -> out.text(String.format("  %-" + width + "s  %s", k,
                    v instanceof Double d && Double.isNaN(d) ? "-" : v)));
            out.text("  (from " + String.join(", ", m.sources()) + ")");
        }
        return 0;
    }
}
