package org.naswot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.service.ProxyCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot proxies}: the zero-cost proxies {@code score-space --proxies} can compute. */
@Command(name = "proxies", mixinStandardHelpOptions = true,
        description = {"List the zero-cost proxies score-space --proxies computes: what each measures, its paper, "
                + "its cost and what it needs of the batch (class labels, two images); then the aggregates, computed "
                + "from a run's stored parts across its architectures.",
            "Costs are seconds per NAS-Bench-201 cell at batch 128 on two threads; proxies that share a pass pay "
                + "for it once."})
final class ProxiesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object per line instead of text.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Output out = new Output(spec, json);
        for (ProxyCatalog.Entry e : ProxyCatalog.entries()) {
            if (json) {
                Map<String, Object> o = JsonLines.object();
                o.put("id", e.id());
                o.put("measures", e.measures());
                o.put("paper", e.paper());
                Map<String, Object> cost = JsonLines.object();
                cost.put("pass", e.cost().pass());
                cost.put("seconds", JsonLines.number(e.cost().seconds()));
                o.put("cost", cost);
                o.put("needs_labels", e.needsLabels());
                o.put("needs_two_images", e.needsTwoImages());
                out.json(o);
                continue;
            }
            out.text(e.id() + "  (" + e.paper() + ")");
            out.text("  measures  " + e.measures());
            out.text("  cost      " + e.cost().pass() + (Double.isNaN(e.cost().seconds()) ? ""
                    : String.format(Locale.ROOT, " (%.2f s)", e.cost().seconds())));
            out.text("  needs     " + needs(e));
        }
        for (ProxyCatalog.AggregateEntry a : ProxyCatalog.aggregates()) {
            if (json) {
                Map<String, Object> o = JsonLines.object();
                o.put("id", a.id());
                o.put("measures", a.measures());
                o.put("paper", a.paper());
                o.put("aggregate", true);
                o.put("members", a.members());
                out.json(o);
                continue;
            }
            out.text(a.id() + "  (" + a.paper() + ")");
            out.text("  measures  " + a.measures());
            out.text("  cost      none of its own: computed from a run's stored " + String.join(", ", a.members())
                    + " (which --proxies " + a.id() + " computes), ranked across the run's architectures, so it "
                    + "updates as the run grows");
        }
        if (!json) {
            out.text("");
            out.text("nwot, the NASWOT score itself (0.45 s), is always computed and can join --ensemble.");
        }
        return 0;
    }

    private static String needs(ProxyCatalog.Entry e) {
        List<String> needs = new ArrayList<>();
        if (e.needsLabels()) {
            needs.add("class labels (dataset images, not --input noise)");
        }
        if (e.needsTwoImages()) {
            needs.add("a batch of 2 images or more");
        }
        return needs.isEmpty() ? "no labels: runs on --input noise too" : String.join("; ", needs);
    }
}
