package org.naswot.score.proxies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naswot.common.UserFacingException;

/**
 * The available run-level aggregates by id, in a fixed order, as {@link ProxyRegistry} holds the per-network
 * proxies. Everything else (resolving {@code --proxies}, the summary, the store's views, the window) goes through
 * this list, so a new entry needs nothing more than its class here.
 */
public final class AggregateRegistry {
    private static final Map<String, AggregateMeasure> AGGREGATES = new LinkedHashMap<>();

    static {
        for (AggregateMeasure a : List.of(new AzNasAggregate(), new VkdnwSingleAggregate(), new VkdnwAggregate(),
                new TeNasAggregate())) {
            AGGREGATES.put(a.id(), a);
        }
    }

    private AggregateRegistry() {
    }

    public static List<AggregateMeasure> all() {
        return List.copyOf(AGGREGATES.values());
    }

    public static List<String> ids() {
        return new ArrayList<>(AGGREGATES.keySet());
    }

    /** The aggregate of this id, if it is one. */
    public static Optional<AggregateMeasure> find(String id) {
        return Optional.ofNullable(AGGREGATES.get(id));
    }

    public static boolean contains(String id) {
        return AGGREGATES.containsKey(id);
    }

    /**
     * The aggregate over the architectures {@code columns} cover: its members' columns (by measure id: proxy ids and
     * "nwot") combined; a member without a column counts as missing (NaN) everywhere.
     */
    public static double[] combine(AggregateMeasure aggregate, Map<String, double[]> columns) {
        int n = columns.values().stream().findFirst().map(v -> v.length).orElse(0);
        List<double[]> members = new ArrayList<>();
        for (String m : aggregate.members()) {
            double[] v = columns.get(m);
            if (v == null) {
                v = new double[n];
                java.util.Arrays.fill(v, Double.NaN);
            }
            members.add(v);
        }
        return aggregate.combine(members);
    }

    public static AggregateMeasure get(String id) {
        AggregateMeasure a = AGGREGATES.get(id);
        if (a == null) {
            throw new UserFacingException("unknown aggregate '" + id + "' (available: "
                    + String.join(", ", AGGREGATES.keySet()) + ")");
        }
        return a;
    }
}
