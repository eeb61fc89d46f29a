package org.naswot.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.score.proxies.ProxyContext;
import org.naswot.score.proxies.ProxyEvaluator;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;

/**
 * Zero-cost proxies beside a scoring session's NASWOT scores: the same batch and the same weight seed per
 * architecture, each value stored as soon as it is computed and reused when the same settings and architecture come
 * again (score-space --proxies resumes like the scores).
 */
public final class StoredProxies implements AutoCloseable {
    private final ScoringSession session;
    private final List<ZeroCostProxy> proxies;
    private final ResultStore store;
    private final ProxyEvaluator evaluator;
    private int computed;
    private int reused;

    /** @param store where values are looked up and kept; null to compute every value */
    public StoredProxies(ScoringSession session, SpaceContext context, List<ZeroCostProxy> proxies, ResultStore store) {
        this.session = session;
        this.proxies = List.copyOf(proxies);
        this.store = store;
        this.evaluator = new ProxyEvaluator(context.builder(), session.batch(), session.classes(), session.device());
    }

    /** Every chosen proxy's value for one architecture, in the chosen order, keyed by id. */
    public Map<String, Double> of(Architecture a) {
        boolean storable = store != null && a.index() >= 0;
        Map<String, Double> stored = storable
                ? store.proxyValues(session.settings(), a.index(), a.encoding()) : Map.of();
        Map<String, Double> out = new LinkedHashMap<>();
        List<ZeroCostProxy> missing = proxies.stream().filter(p -> !stored.containsKey(p.id())).toList();
        Map<String, Double> fresh = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            try (ProxyContext context = evaluator.open(a, ArchitectureSeeds.of(session.settings().initSeed(), a))) {
                for (ZeroCostProxy p : missing) {
                    long start = System.nanoTime();
                    double value = p.compute(context);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    fresh.put(p.id(), value);
                    if (storable) {
                        store.addProxyValue(session.settings(), a.index(), a.encoding(), p.id(), value, seconds);
                    }
                }
            }
        }
        for (ZeroCostProxy p : proxies) {
            boolean known = stored.containsKey(p.id());
            out.put(p.id(), known ? stored.get(p.id()) : fresh.get(p.id()));
            if (known) {
                reused++;
            } else {
                computed++;
            }
        }
        return out;
    }

    /** Proxy values computed so far (not found in the store). */
    public int computed() {
        return computed;
    }

    /** Proxy values taken from the store so far. */
    public int reused() {
        return reused;
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
