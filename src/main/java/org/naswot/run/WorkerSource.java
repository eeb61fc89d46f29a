package org.naswot.run;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.naswot.space.Architecture;

/**
 * Scores on several worker threads of this process ({@link ParallelFeed}), each with its own scorer; every worker
 * claims, scores, stores and releases as {@link InlineSource} does, so the scores are those of one thread.
 */
final class WorkerSource implements ScoreSource {
    private final ParallelFeed feed;
    private final Set<Object> seen = new HashSet<>();

    /** @param missing the architectures without a known score, each once */
    WorkerSource(Supplier<NaswotScorer> scorers, int workers, List<Architecture> missing, ScoringSettings settings,
                 RunLedger ledger) {
        feed = new ParallelFeed(scorers, workers, missing, (worker, a, stop) -> attempt(worker, a, settings, ledger,
                stop));
    }

    /** One architecture on a worker's thread; null while another process holds the claim. */
    private static ParallelFeed.Attempt attempt(NaswotScorer worker, Architecture a, ScoringSettings settings,
                                                RunLedger ledger, BooleanSupplier stop) {
        boolean indexed = ledger.persists(a);
        if (indexed) {
            RunLedger.Claim claim = ledger.claim(a);
            if (claim.stored() != null) {
                ledger.add(claim.stored());
                return new ParallelFeed.Attempt(claim.stored(), false);
            }
            if (!claim.ours()) {
                return null;
            }
        }
        ScoreResult r;
        try {
            r = ScoringRun.score(worker, settings, a, stop);
        } catch (RuntimeException e) {
            // a cancel in the middle of the forward pass too: the claim goes, the next command scores it
            ledger.release(a);
            throw e;
        }
        if (indexed) {
            ledger.add(r);
            ledger.release(a);
        }
        return new ParallelFeed.Attempt(r, true);
    }

    @Override
    public Delivery deliver(Architecture a, BooleanSupplier cancelled) {
        ParallelFeed.Attempt attempt = feed.await(a, cancelled);
        if (attempt == null) {
            return CANCELLED;
        }
        // listed twice: the second time it is a stored score, as on one thread
        boolean again = !seen.add(ParallelFeed.key(a));
        return new Delivery(attempt.result(), attempt.computed() && !again, true);
    }

    @Override
    public void close() {
        feed.close();
    }
}
