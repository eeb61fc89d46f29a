package org.naswot.search.report;

import java.util.List;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.Correlations;

/**
 * Everything measured for the reproduction report: the methods' per-run accuracies (NASWOT rows first,
 * then baselines, in display order) and, when computed, the score/accuracy rank correlations on
 * CIFAR-10 with the bootstrap interval of Kendall's tau (both may be null).
 */
public record ReproductionData(List<MethodRuns> methods, Correlations correlations, ConfidenceInterval tauInterval) {

    public ReproductionData {
        methods = List.copyOf(methods);
    }
}
