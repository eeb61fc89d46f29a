package org.naswot.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.naswot.score.proxies.AggregateMeasure;
import org.naswot.score.proxies.AggregateRegistry;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.score.proxies.ProxyRequirements;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.search.stats.ProxyQuality;

/**
 * Every registered zero-cost proxy with what a user choosing {@code --proxies} wants to know: what it measures, the
 * paper, what it costs, and what it needs of the batch (class labels, two images). Costs are the README's
 * measurements (docs/reference.md): seconds per NB201 cell at batch 128 on two threads, per pass, a pass being
 * shared by the proxies that read it, so choosing snip adds grad_norm, fisher and plain nearly for free.
 */
public final class ProxyCatalog {

    /** The pass a proxy costs and its measured time; seconds NaN where it is no pass (read from the network). */
    public record Cost(String pass, double seconds) {
    }

    /** A run-level aggregate as listed: computed from its members' stored values over a run's architectures. */
    public record AggregateEntry(String id, String measures, String paper, List<String> members) {
    }

    /** One proxy as listed: {@code paper} is the citation at the end of its description. */
    public record Entry(String id, String measures, String paper, Cost cost, boolean needsLabels,
                        boolean needsTwoImages) {
    }

    private static final Cost CROSS_ENTROPY = new Cost("one cross-entropy forward and backward pass, shared by snip, "
            + "grad_norm, fisher and plain", 0.95);
    private static final Cost JACOBIAN = new Cost("one input-Jacobian pass, shared by jacov and epe_nas", 0.71);
    /**
     * Not measured on a quiet machine: `ProxyTiming 128 6111 2 az_expressivity meco snip zen` (test sources) on a
     * two-core machine under load gave 7.40 s for the AZ-NAS pass beside 8.35 s for snip's cross-entropy pass
     * (0.95 s above), so 0.89 of it.
     */
    private static final double AZ_NAS_SECONDS = 0.85;
    private static final Cost AZ_NAS = new Cost("one forward pass of a Kaiming-initialised network on a Gaussian "
            + "batch, then one forward and backward pass per cell, shared by az_expressivity, az_progressivity and "
            + "az_trainability", AZ_NAS_SECONDS);
    private static final Cost NO_PASS = new Cost("none: read from the network's structure or initial weights",
            Double.NaN);

    /** By proxy id; a registered proxy missing here fails ProxyCatalogTest, so a new proxy must state its cost. */
    private static final Map<String, Cost> COSTS = Map.ofEntries(
            Map.entry("synflow", new Cost("one forward and backward pass in double precision on an all-ones input",
                    0.09)),
            Map.entry("snip", CROSS_ENTROPY), Map.entry("grad_norm", CROSS_ENTROPY),
            Map.entry("fisher", CROSS_ENTROPY), Map.entry("plain", CROSS_ENTROPY),
            Map.entry("jacov", JACOBIAN), Map.entry("epe_nas", JACOBIAN),
            Map.entry("zen", new Cost("two forward passes on Gaussian inputs with N(0,1) weights", 0.48)),
            Map.entry("zico", new Cost("two forward and backward passes, one per half-batch", 0.52)),
            Map.entry("meco", new Cost("one forward pass of one image with a hook on every module", 0.23)),
            Map.entry("az_expressivity", AZ_NAS), Map.entry("az_progressivity", AZ_NAS),
            Map.entry("az_trainability", AZ_NAS),
            Map.entry("az_complexity", new Cost("shapes of one forward pass of one image (the value of flops)",
                    Double.NaN)),
            Map.entry("layers", NO_PASS),
            Map.entry("vkdnw", new Cost("one forward pass in eval mode and one backward pass per class, with per-image "
                    + "probes on 128 parameters", Double.NaN)),
            Map.entry("swap", new Cost("one forward pass with a hook on every ReLU", Double.NaN)),
            Map.entry("reg_swap", new Cost("one forward pass with a hook on every ReLU", Double.NaN)),
            Map.entry("ntk_cond", new Cost("one forward pass and one backward pass per image", Double.NaN)),
            Map.entry("linear_regions", new Cost("one forward pass of Gaussian noise with a hook on every ReLU",
                    Double.NaN)),
            Map.entry("l2_norm", NO_PASS), Map.entry("params", NO_PASS),
            Map.entry("flops", new Cost("shapes of one forward pass of one image", Double.NaN)),
            Map.entry("flops_naslib", new Cost("shapes of one forward pass of one image", Double.NaN)));

    private ProxyCatalog() {
    }

    /** Every registered proxy, in the registry's order. */
    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (ZeroCostProxy p : ProxyRegistry.all()) {
            Cost cost = COSTS.get(p.id());
            if (cost == null) {
                throw new IllegalStateException("proxy " + p.id() + " has no cost in ProxyCatalog");
            }
            String description = p.description();
            String paper = paper(description);
            String measures = paper.isEmpty() ? description
                    : description.substring(0, description.length() - paper.length() - 2).strip();
            out.add(new Entry(p.id(), measures, paper, cost, ProxyRequirements.needsLabels(p.id()),
                    ProxyRequirements.needsTwoImages(p.id())));
        }
        return out;
    }

    /**
     * The chosen proxies followed by params and flops where they are missing (none when none is chosen): every
     * proxy's size bias (its Kendall tau with them, {@code ProxyQuality}) needs them, and they cost one forward pass
     * of one image at most.
     */
    public static List<ZeroCostProxy> withSizeReferences(List<ZeroCostProxy> chosen) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        List<ZeroCostProxy> out = new ArrayList<>(chosen);
        for (String id : List.of(ProxyQuality.PARAMS, ProxyQuality.FLOPS)) {
            if (out.stream().noneMatch(p -> p.id().equals(id))) {
                out.add(ProxyRegistry.get(id));
            }
        }
        return List.copyOf(out);
    }

    /** Every run-level aggregate, in the registry's order. */
    public static List<AggregateEntry> aggregates() {
        List<AggregateEntry> out = new ArrayList<>();
        for (AggregateMeasure a : AggregateRegistry.all()) {
            String paper = paper(a.description());
            String measures = paper.isEmpty() ? a.description()
                    : a.description().substring(0, a.description().length() - paper.length() - 2).strip();
            out.add(new AggregateEntry(a.id(), measures, paper, a.members()));
        }
        return out;
    }

    /** The last parenthesised group of a description, which names the paper; empty when there is none. */
    public static String paper(String description) {
        if (!description.endsWith(")")) {
            return "";
        }
        int depth = 0;
        for (int i = description.length() - 1; i >= 0; i--) {
            char c = description.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return description.substring(i + 1, description.length() - 1);
            }
        }
        return "";
    }
}
