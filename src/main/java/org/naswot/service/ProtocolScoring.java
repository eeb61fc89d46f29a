package org.naswot.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.naswot.common.UserFacingException;
import org.naswot.run.ScoringRun;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.run.StoredProxies;
import org.naswot.score.ScoreResult;
import org.naswot.score.proxies.ProxyRequirements;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;

/**
 * One architecture scored under a protocol, for {@code naswot score --protocol}: each seed's run is the one
 * score-space makes for that seed ({@link ScoringSession.Config#withSeedOffset}, the same {@link ScoringRun} and
 * {@link StoredProxies}), so the values equal score-space's for the same cell to the last digit; the result is their
 * mean over the seeds.
 */
public final class ProtocolScoring {
    private ProtocolScoring() {
    }

    /** One seed's values: the NASWOT score and each proxy's, by id. */
    public record Seed(long seed, ScoreResult score, Map<String, Double> proxies) {
    }

    /** Every seed's values in seed order, and their means (the score's, each proxy's). */
    public record Result(List<Seed> seeds, double meanScore, Map<String, Double> meanProxies) {
    }

    /**
     * @param seeds how many seeds (the k-th uses the config's seeds + k, as score-space --protocol-seeds)
     * @param db    where the values are looked up and kept (as score-space keeps them); null to compute them all
     * @throws UserFacingException for aggregates (they rank a run's architectures) and proxies the batch cannot feed
     */
    public static Result score(ScoringSession.Config config, SpaceContext ctx, Architecture arch,
                               ProxySelection proxies, int seeds, Path db, String label, Consumer<String> notes) {
        if (!proxies.aggregates().isEmpty()) {
            throw new UserFacingException(proxies.aggregates().get(0).id() + " ranks the parts' values over a run's "
                    + "architectures, not one network's: score it with score-space --proxies");
        }
        if (seeds < 1) {
            throw new UserFacingException("--protocol-seeds must be at least 1, got " + seeds);
        }
        List<Seed> out = new ArrayList<>();
        try (ResultStore store = db == null ? null : ResultStore.open(db)) {
            for (int k = 0; k < seeds; k++) {
                out.add(scoreSeed(config.withSeedOffset(k), ctx, arch, proxies.proxies(), store,
                        label + (k == 0 ? "" : " (protocol seed " + (config.seed() + k) + ")"), notes));
            }
        }
        return new Result(out, mean(out.stream().map(s -> s.score().score()).toList()), meanProxies(out));
    }

    private static Seed scoreSeed(ScoringSession.Config config, SpaceContext ctx, Architecture arch,
                                  List<ZeroCostProxy> proxies, ResultStore store, String label,
                                  Consumer<String> notes) {
        try (ScoringSession session = ScoringSession.open(config, ctx, notes)) {
            ProxyRequirements.check(proxies, session.batch().labels(), session.classes());
            ScoringRun.Outcome o = session.run(store, 1).execute(List.of(arch), label, ScoringRun.Listener.NONE,
                    () -> false);
            Map<String, Double> values = Map.of();
            if (!proxies.isEmpty()) {
                try (StoredProxies p = new StoredProxies(session, ctx, proxies, store)) {
                    values = p.of(arch);
                }
            }
            return new Seed(session.settings().batchSeed(), o.results().get(0), values);
        }
    }

    private static Map<String, Double> meanProxies(List<Seed> seeds) {
        Map<String, Double> out = new LinkedHashMap<>();
        seeds.get(0).proxies().keySet().forEach(id ->
                out.put(id, mean(seeds.stream().map(s -> s.proxies().get(id)).toList())));
        return out;
    }

    /** Summed in seed order, then divided: one seed's mean is its value, to the last digit. */
    static double mean(List<Double> values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }
}
