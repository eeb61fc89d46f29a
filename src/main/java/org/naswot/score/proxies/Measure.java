package org.naswot.score.proxies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naswot.score.Measures;
import org.naswot.score.ScoreResult;

/**
 * One measure of an architecture, the NASWOT score or a zero-cost proxy, so that lists, tables and stores treat them
 * alike: the score is the scoring run's own result, a proxy's value is stored beside it and computed by a
 * {@link ZeroCostProxy} (whose interface stays as it is: this wraps it).
 */
public interface Measure {

    /** The NASWOT score (log|det K|), named {@value Measures#NWOT} among the proxies. */
    Measure NASWOT = new Measure() {
        @Override
        public String id() {
            return Measures.NWOT;
        }

        @Override
        public Double valueOf(ScoreResult score, Map<String, Double> storedProxies) {
            return score.score();
        }

        @Override
        public Optional<ZeroCostProxy> proxy() {
            return Optional.empty();
        }
    };

    String id();

    /** The value for a scored architecture, from its score and its stored proxy values; null when none is stored. */
    Double valueOf(ScoreResult score, Map<String, Double> storedProxies);

    /**
     * The proxy that computes this measure beside a score; empty for the score itself, which scoring computes.
     *
     * @throws org.naswot.common.UserFacingException for an id no registered proxy has
     */
    Optional<ZeroCostProxy> proxy();

    /**
     * The measure of this id: the score's name, a run-level aggregate's, else a proxy's (looked up only when it is
     * to be computed).
     */
    static Measure named(String id) {
        if (Measures.NWOT.equals(id)) {
            return NASWOT;
        }
        return AggregateRegistry.contains(id) ? new Aggregate(id) : new Stored(id);
    }

    /** Every measure a run can compare: the score, then each registered proxy. */
    static List<Measure> all() {
        List<Measure> out = new ArrayList<>();
        out.add(NASWOT);
        ProxyRegistry.ids().forEach(id -> out.add(new Stored(id)));
        return List.copyOf(out);
    }

    /**
     * A run-level aggregate ({@link AggregateMeasure}): no value of its own for one architecture, since it ranks a
     * run's architectures together; it is computed from its members' stored values over a run (RunProxyTable).
     */
    record Aggregate(String id) implements Measure {
        @Override
        public Double valueOf(ScoreResult score, Map<String, Double> storedProxies) {
            return null;
        }

        @Override
        public Optional<ZeroCostProxy> proxy() {
            return Optional.empty();
        }
    }

    /** A proxy's value as the store keeps it under its id. */
    record Stored(String id) implements Measure {
        @Override
        public Double valueOf(ScoreResult score, Map<String, Double> storedProxies) {
            return storedProxies.get(id);
        }

        @Override
        public Optional<ZeroCostProxy> proxy() {
            return Optional.of(ProxyRegistry.get(id));
        }
    }
}
