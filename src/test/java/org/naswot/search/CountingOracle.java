package org.naswot.search;

import org.naswot.space.Architecture;

/** Wraps an oracle and remembers how often it was asked and what the last answer cost. */
final class CountingOracle implements AccuracyOracle {
    private final AccuracyOracle inner;
    int calls;
    double lastSeconds = Double.NaN;

    CountingOracle(AccuracyOracle inner) {
        this.inner = inner;
    }

    @Override
    public Evaluation evaluate(Architecture architecture) {
        calls++;
        Evaluation evaluation = inner.evaluate(architecture);
        lastSeconds = evaluation.trainingSeconds();
        return evaluation;
    }
}
