package org.naswot.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.naswot.common.UserFacingException;
import org.naswot.nn.WeightInit;
import org.naswot.score.ScoringProtocol;
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
 *
 * <p>Values are computed on this object's own threads, each pinned to one libtorch thread ({@link ProxyEvaluator#threads}):
 * a gradient's value depends on how many threads share its sums, so pinning makes every value the same whatever
 * {@code --workers} and {@code --threads} say. {@link #prefetch} lets several architectures be computed at once.
 *
 * <p>A proxy that fails on an architecture (its numerics, not the settings) gives NaN for this run and is recorded as
 * a failure with its message ({@link ResultStore#addProxyFailure}), never as a value, so the next run tries again. A
 * stored NaN is a value the proxy leaves mathematically undefined, counted apart ({@link #undefinedByProxy}).
 */
public final class StoredProxies implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoredProxies.class);
    private final ScoringSession session;
    private final List<ZeroCostProxy> proxies;
    private final ResultStore store;
    /**
     * One evaluator per input (the images, or the protocol's Gaussian noise) and initialisation among the chosen
     * proxies ({@link ScoringProtocol#noiseInputFor}, {@link ScoringProtocol#weightInitFor}): the proxies that share
     * both share one network and its passes.
     */
    private final Map<Feed, ProxyEvaluator> evaluators = new LinkedHashMap<>();
    private final ExecutorService threads;
    private final Map<Object, Future<Computed>> pending = new HashMap<>();
    private volatile boolean closing;
    private int computed;
    private int reused;
    private int failed;
    private final Map<String, Integer> failedBy = new java.util.TreeMap<>();
    private final Map<String, Integer> undefinedBy = new java.util.TreeMap<>();

    /** What a proxy's network is fed and how its weights are drawn. */
    private record Feed(boolean noise, WeightInit init) {
        static Feed of(ScoringProtocol protocol, ZeroCostProxy p) {
            return new Feed(protocol.noiseInputFor(p.id()), protocol.weightInitFor(p.id()));
        }
    }

    /** One architecture's fresh values with the seconds each took; failed proxies are absent. */
    private record Computed(Map<String, Double> values, Map<String, Double> seconds, Map<String, String> failures) {
    }

    /** @param store where values are looked up and kept; null to compute every value */
    public StoredProxies(ScoringSession session, SpaceContext context, List<ZeroCostProxy> proxies, ResultStore store) {
        this(session, context, proxies, store, 1);
    }

    /**
     * @param parallel architectures computed at once after {@link #prefetch} (each on one libtorch thread)
     */
    public StoredProxies(ScoringSession session, SpaceContext context, List<ZeroCostProxy> proxies, ResultStore store,
                         int parallel) {
        this.session = session;
        this.proxies = List.copyOf(proxies);
        this.store = store;
        ScoringProtocol protocol = session.settings().protocol();
        for (ZeroCostProxy p : this.proxies) {
            evaluators.computeIfAbsent(Feed.of(protocol, p), f -> new ProxyEvaluator(context.builder(),
                    f.noise() ? session.noise() : session.batch(), session.classes(), session.device(), f.init()));
        }
        this.threads = Executors.newFixedThreadPool(Math.max(1, parallel), ProxyEvaluator.threads("naswot-proxies-"));
    }

    /**
     * Starts computing the values that {@code architectures} lack, in this order, on up to {@code parallel}
     * threads; {@link #of} then waits for each. Without it, {@link #of} computes one architecture at a time.
     */
    public void prefetch(List<Architecture> architectures) {
        for (Architecture a : architectures) {
            Object key = ParallelFeed.key(a);
            if (!pending.containsKey(key)) {
                List<ZeroCostProxy> missing = missing(stored(a));
                if (!missing.isEmpty()) {
                    pending.put(key, threads.submit(() -> compute(a, missing)));
                }
            }
        }
    }

    /** Every chosen proxy's value for one architecture, in the chosen order, keyed by id. */
    public Map<String, Double> of(Architecture a) {
        Map<String, Double> stored = stored(a);
        Future<Computed> job = pending.remove(ParallelFeed.key(a));
        List<ZeroCostProxy> missing = missing(stored);
        Computed fresh = missing.isEmpty() ? new Computed(Map.of(), Map.of(), Map.of())
                : await(job != null ? job : threads.submit(() -> compute(a, missing)));
        boolean storable = store != null && a.index() >= 0;
        Map<String, Double> out = new LinkedHashMap<>();
        for (ZeroCostProxy p : proxies) {
            String id = p.id();
            if (stored.containsKey(id)) {
                out.put(id, stored.get(id));
                reused++;
                countUndefined(id, stored.get(id));
            } else if (fresh.values().containsKey(id)) {
                double value = fresh.values().get(id);
                if (storable) {
                    store.addProxyValue(session.settings(), a.index(), a.encoding(), id, value, fresh.seconds().get(id));
                }
                out.put(id, value);
                computed++;
                countUndefined(id, value);
            } else {
                out.put(id, Double.NaN);
                failed++;
                failedBy.merge(id, 1, Integer::sum);
                String message = fresh.failures().get(id);
                if (storable) {
                    store.addProxyFailure(session.settings(), a.index(), a.encoding(), id, message);
                }
                LOG.warn("{} failed on {} (recorded as a failure, not a value; a rerun tries again): {}", id,
                        a.encoding(), message);
            }
        }
        return out;
    }

    /** A NaN value is one the proxy leaves mathematically undefined (a failure is counted apart). */
    private void countUndefined(String id, double value) {
        if (Double.isNaN(value)) {
            undefinedBy.merge(id, 1, Integer::sum);
        }
    }

    private Map<String, Double> stored(Architecture a) {
        return store != null && a.index() >= 0
                ? store.proxyValues(session.settings(), a.index(), a.encoding()) : Map.of();
    }

    private List<ZeroCostProxy> missing(Map<String, Double> stored) {
        return proxies.stream().filter(p -> !stored.containsKey(p.id())).toList();
    }

    private Computed compute(Architecture a, List<ZeroCostProxy> missing) {
        Map<String, Double> values = new HashMap<>();
        Map<String, Double> seconds = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        ScoringProtocol protocol = session.settings().protocol();
        // the proxies of one feed share one context (one network, its shared passes)
        Map<Feed, List<ZeroCostProxy>> byFeed = new LinkedHashMap<>();
        missing.forEach(p -> byFeed.computeIfAbsent(Feed.of(protocol, p), f -> new ArrayList<>()).add(p));
        byFeed.forEach((feed, those) -> computeOn(evaluators.get(feed), a, those, values, seconds, failures));
        return new Computed(values, seconds, failures);
    }

    private void computeOn(ProxyEvaluator on, Architecture a, List<ZeroCostProxy> missing, Map<String, Double> values,
                           Map<String, Double> seconds, Map<String, String> failures) {
        if (missing.isEmpty()) {
            return;
        }
        try (ProxyContext context = on.open(a, ArchitectureSeeds.of(session.settings(), a))) {
            for (ZeroCostProxy p : missing) {
                if (closing) {
                    throw new CancellationException("closed");
                }
                long start = System.nanoTime();
                try {
                    values.put(p.id(), p.compute(context));
                    seconds.put(p.id(), (System.nanoTime() - start) / 1e9);
                } catch (UserFacingException settingsProblem) {
                    // a problem of the settings (a noise batch without labels): it stops the run
                    throw settingsProblem;
                } catch (RuntimeException failedHere) {
                    failures.put(p.id(), failedHere.toString());
                }
            }
        }
    }

    private static Computed await(Future<Computed> job) {
        try {
            return job.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
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

    /** Proxy values that failed so far (reported as NaN, not stored). */
    public int failed() {
        return failed;
    }

    /** Failures so far per proxy id (only proxies that failed), for the summary's {@code "failed"}. */
    public Map<String, Integer> failedByProxy() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(failedBy));
    }

    /** Values per proxy that are NaN, mathematically undefined (only proxies that had one), for the summary. */
    public Map<String, Integer> undefinedByProxy() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(undefinedBy));
    }

    /** Stops computing (an architecture in progress ends after its current proxy) and frees the native memory. */
    @Override
    public void close() {
        closing = true;
        new ArrayList<>(pending.values()).forEach(f -> f.cancel(false));
        threads.shutdown();
        try {
            while (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.debug("waiting for a proxy computation to end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        evaluators.values().forEach(ProxyEvaluator::close);
    }
}
