package org.naswot.search;

import org.naswot.space.Architecture;

/**
 * A training-free score, higher meaning more promising. May return -infinity (a singular kernel) or
 * NaN (scoring failed); searches treat both as the worst possible score.
 */
@FunctionalInterface
public interface ArchitectureScorer {
    double score(Architecture architecture);
}
