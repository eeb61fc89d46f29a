package org.naswot.score.proxies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;

/** The run-level aggregate measures by id, in a fixed order. */
public final class AggregateRegistry {
    private static final Map<String, AggregateMeasure> AGGREGATES = new LinkedHashMap<>();

    static {
        for (AggregateMeasure a : List.of(new VkdnwAggregate(), new TeNasAggregate())) {
            AGGREGATES.put(a.id(), a);
        }
    }

    private AggregateRegistry() {
    }

    public static List<AggregateMeasure> all() {
        return List.copyOf(AGGREGATES.values());
    }

    public static AggregateMeasure get(String id) {
        AggregateMeasure a = AGGREGATES.get(id);
        if (a == null) {
            throw new UserFacingException("unknown aggregate measure '" + id + "' (available: "
                    + String.join(", ", AGGREGATES.keySet()) + ")");
        }
        return a;
    }
}
