package org.naswot.run.proxies;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.run.StoredProxies;
import org.naswot.score.ScoreResult;
import org.naswot.score.proxies.Measure;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.store.ResultStore;
import org.naswot.store.RunInfo;

/**
 * Computes the zero-cost proxy values a stored run lacks, with the run's own settings (its batch and weight seeds),
 * through {@link StoredProxies}: each value is stored as soon as it is computed, so stopping early loses nothing and
 * a later call goes on where this one stopped.
 */
public final class ProxyBackfill {
    /** Told after each architecture: how many of those needing values are done, of how many. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    private ProxyBackfill() {
    }

    /**
     * @param proxies   ids of the proxies to complete (nwot is the run's score and is never computed here)
     * @param cancelled asked before each architecture; true stops
     * @return how many architectures got new values
     */
    public static int fill(Path db, DataDirectory data, RunInfo run, List<String> proxies, Progress progress,
                           BooleanSupplier cancelled, Consumer<String> notes) {
        if (run.settings().dataset().contains(":")) {
            throw new UserFacingException("run " + run.id() + " scored a batch file (" + run.settings().dataset()
                    + "), which cannot be drawn again: compute its proxies with `naswot score-space --batch "
                    + "FILE --proxies ...`");
        }
        List<ZeroCostProxy> chosen = proxies.stream().map(Measure::named).flatMap(m -> m.proxy().stream()).toList();
        if (chosen.isEmpty()) {
            return 0;
        }
        SpaceContext ctx = SpaceContext.open(run.settings().space(), data);
        try (ResultStore store = ResultStore.open(db)) {
            List<ScoreResult> needing = needingValues(store, run, chosen);
            if (needing.isEmpty()) {
                return 0;
            }
            int done = 0;
            progress.done(0, needing.size());
            try (ScoringSession session = ScoringSession.open(ScoringSession.Config.replaying(run.settings()), ctx,
                    notes);
                 StoredProxies values = new StoredProxies(session, ctx, chosen, store,
                         EngineSetup.cpuWorkers(1))) {
                // values are stored under the session's settings and read under the run's: they must be the same
                if (!session.settings().keyText().equals(run.settings().keyText())) {
                    throw new UserFacingException("run " + run.id() + "'s images cannot be drawn the same way again "
                            + "(its batch differs from the one drawn now, e.g. after a dataset download): score the "
                            + "sample again to compare proxies on it");
                }
                values.prefetch(needing.stream().map(r -> ctx.space().architecture(r.index())).toList());
                for (ScoreResult r : needing) {
                    if (cancelled.getAsBoolean()) {
                        break;
                    }
                    values.of(ctx.space().architecture(r.index()));
                    progress.done(++done, needing.size());
                }
            }
            return done;
        }
    }

    /** The run's architectures lacking a stored value of any of the proxies. */
    private static List<ScoreResult> needingValues(ResultStore store, RunInfo run, List<ZeroCostProxy> chosen) {
        List<ScoreResult> scores = store.scores(run.id());
        Map<Integer, String> archOf = new java.util.HashMap<>();
        scores.forEach(r -> archOf.put(r.index(), r.arch()));
        Map<Integer, Map<String, Double>> stored = store.proxyValues(run.settings(), archOf);
        Set<String> ids = chosen.stream().map(ZeroCostProxy::id).collect(java.util.stream.Collectors.toSet());
        return scores.stream().filter(r -> !stored.getOrDefault(r.index(), Map.of()).keySet().containsAll(ids))
                .toList();
    }
}
