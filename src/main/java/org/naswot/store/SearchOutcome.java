package org.naswot.store;

import java.util.Objects;

/**
 * What a finished search run chose.
 *
 * @param chosenScore    the chosen architecture's NASWOT score ({@link Double#NEGATIVE_INFINITY} when
 *                       singular); null for algorithms that never score (REA, random)
 * @param accuraciesJson the chosen architecture's benchmark accuracies as a JSON object, e.g.
 *                       {@code {"cifar10-valid": {"valid": 89.1, "test": 92.3}}}; may be null
 * @param seconds        wall time of the whole search
 */
public record SearchOutcome(int chosenIndex, String chosenArch, Double chosenScore, String accuraciesJson,
                            double seconds) {
    public SearchOutcome {
        Objects.requireNonNull(chosenArch, "chosenArch");
        if (chosenScore != null && chosenScore.isNaN()) {
            throw new IllegalArgumentException("chosen score is NaN");
        }
    }
}
