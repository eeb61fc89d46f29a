package org.naswot.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;
import org.naswot.score.proxies.ProxyContext;
import org.naswot.score.proxies.ProxyEvaluator;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zero-cost proxies beside a scoring session's NASWOT scores: the same batch and the same weight seed per
 * architecture, each value stored as soon as it is computed and reused when the same settings and architecture come
 * again (score-space --proxies resumes like the scores).
 */
public final class StoredProxies implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoredProxies.class);
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
                    double value = valueOrNaN(p, context, a);
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

    /**
     * The proxy's value, or NaN (stored as NULL, as NASLib records a failed measure) when its numerics fail on this
     * architecture, so one cell cannot end a long run; problems of the settings (a noise batch without labels for
     * a label-based proxy) still stop it.
     */
    private static double valueOrNaN(ZeroCostProxy p, ProxyContext context, Architecture a) {
        try {
            return p.compute(context);
        } catch (UserFacingException settingsProblem) {
            throw settingsProblem;
        } catch (RuntimeException failed) {
            LOG.warn("{} failed on {} (stored as NaN): {}", p.id(), a.encoding(), failed.toString());
            return Double.NaN;
        }
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
