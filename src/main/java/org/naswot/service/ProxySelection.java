package org.naswot.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;
import org.naswot.score.proxies.AggregateMeasure;
import org.naswot.score.proxies.AggregateRegistry;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.score.proxies.ZeroCostProxy;

/**
 * A {@code --proxies} list resolved: the per-network proxies to compute (those named, then the parts of every named
 * aggregate not already among them) and the run-level aggregates to report, which are never computed per network
 * but combined from the parts' values over the run's architectures ({@link #aggregate}). The command line and the
 * window resolve and combine through here.
 */
public record ProxySelection(List<ZeroCostProxy> proxies, List<AggregateMeasure> aggregates) {

    public ProxySelection {
        proxies = List.copyOf(proxies);
        aggregates = List.copyOf(aggregates);
    }

    public static final ProxySelection NONE = new ProxySelection(List.of(), List.of());

    /**
     * {@code all} (alone): every proxy and every aggregate; else each id a proxy's or an aggregate's.
     *
     * @throws UserFacingException for an empty list or an id that is neither
     */
    public static ProxySelection resolve(List<String> ids) {
        if (ids == null) {
            return NONE;
        }
        // given but empty (",,," splits into nothing)
        if (ids.stream().allMatch(String::isBlank)) {
            throw new UserFacingException("--proxies names no proxy: give ids separated by commas, e.g. "
                    + "--proxies synflow,jacov, or --proxies all (the list: naswot proxies)");
        }
        if (ids.size() == 1 && ids.get(0).strip().equalsIgnoreCase("all")) {
            return new ProxySelection(ProxyRegistry.all(), AggregateRegistry.all());
        }
        List<ZeroCostProxy> proxies = new ArrayList<>();
        List<AggregateMeasure> aggregates = new ArrayList<>();
        for (String raw : ids.stream().filter(p -> !p.isBlank()).toList()) {
            String id = raw.strip();
            if (AggregateRegistry.contains(id)) {
                AggregateMeasure a = AggregateRegistry.get(id);
                if (!aggregates.contains(a)) {
                    aggregates.add(a);
                }
                continue;
            }
            if (!ProxyRegistry.ids().contains(id)) {
                throw new UserFacingException("unknown proxy '" + id + "' (proxies: "
                        + String.join(", ", ProxyRegistry.ids()) + "; aggregates of a run's proxies: "
                        + String.join(", ", AggregateRegistry.ids()) + "; the list: naswot proxies)");
            }
            ZeroCostProxy p = ProxyRegistry.get(id);
            if (!proxies.contains(p)) {
                proxies.add(p);
            }
        }
        for (AggregateMeasure a : aggregates) {
            for (String member : a.members()) {
                if (ProxyRegistry.ids().contains(member) && proxies.stream().noneMatch(p -> p.id().equals(member))) {
                    proxies.add(ProxyRegistry.get(member));
                }
            }
        }
        return new ProxySelection(proxies, aggregates);
    }

    public boolean isEmpty() {
        return proxies.isEmpty() && aggregates.isEmpty();
    }

    /**
     * Each aggregate's values over the architectures the columns cover, by id, in the selection's order.
     *
     * @param columns the per-architecture values by measure id (proxy ids and "nwot"), all over the same
     *                architectures; NaN where one has none
     */
    public Map<String, double[]> aggregate(Map<String, double[]> columns) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (AggregateMeasure a : aggregates) {
            out.put(a.id(), AggregateRegistry.combine(a, columns));
        }
        return out;
    }
}
