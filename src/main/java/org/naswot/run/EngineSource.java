package org.naswot.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.naswot.space.Architecture;

/**
 * Scores on a {@link ScoreEngine} (e.g. a Spark cluster) through an {@link EngineFeed}: every missing architecture
 * goes out at once, unclaimed (the engine is the one worker), and each result is stored the moment it arrives.
 */
final class EngineSource implements ScoreSource {
    private final EngineFeed feed;
    private final RunLedger ledger;

    /** @param missing the architectures without a known score, each once */
    EngineSource(ScoreEngine engine, List<Architecture> missing, RunLedger ledger) {
        this.ledger = ledger;
        feed = new EngineFeed(engine, missing, ledger::add);
    }

    @Override
    public Delivery deliver(Architecture a, BooleanSupplier cancelled) {
        org.naswot.score.ScoreResult r;
        try {
            r = feed.await(a, cancelled);
        } catch (RuntimeException e) {
            // as every source does on a failure (the engine's architectures are not claimed: a no-op in the store)
            ledger.release(a);
            throw e;
        }
        if (r == null) {
            // cancelled while the engine was still working on it
            return CANCELLED;
        }
        return new Delivery(r, true, feed.delivered(a.index()));
    }

    @Override
    public boolean recorded(int index) {
        return feed.delivered(index);
    }

    @Override
    public void close() {
        feed.close();
    }
}
