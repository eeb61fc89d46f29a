package org.naswot.run;

import java.util.function.BooleanSupplier;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringCancelledException;
import org.naswot.score.ScoringSettings;
import org.naswot.space.Architecture;

/** Scores on the run's own thread with the run's scorer, one architecture at a time, claiming each first. */
final class InlineSource implements ScoreSource {
    private final NaswotScorer scorer;
    private final ScoringSettings settings;
    private final RunLedger ledger;

    InlineSource(NaswotScorer scorer, ScoringSettings settings, RunLedger ledger) {
        this.scorer = scorer;
        this.settings = settings;
        this.ledger = ledger;
    }

    @Override
    public Delivery deliver(Architecture a, BooleanSupplier cancelled) {
        if (ledger.persists(a)) {
            // another process may have stored it meanwhile, or be scoring it now
            RunLedger.Claim claim = ledger.claim(a);
            if (claim.stored() != null) {
                return Delivery.reused(claim.stored());
            }
            if (!claim.ours()) {
                return PUT_OFF;
            }
        }
        ScoreResult r;
        try {
            r = ScoringRun.score(scorer, settings, a, cancelled);
        } catch (ScoringCancelledException e) {
            // cancelled in the middle of a forward pass: the architecture in flight is dropped
            ledger.release(a);
            return CANCELLED;
        } catch (RuntimeException e) {
            ledger.release(a);
            throw e;
        }
        // stored before the claim goes, so that a process waiting for the claim finds the score
        ledger.record(a, r);
        ledger.release(a);
        return new Delivery(r, true, true);
    }
}
