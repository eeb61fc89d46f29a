package org.naswot.search;

/**
 * One admitted oracle query of a budgeted search: its ordinal (1-based), the simulated seconds spent
 * so far including it, what was evaluated, its accuracy, and the best accuracy seen so far.
 */
public record TrajectoryPoint(int query, double simulatedSeconds, ArchitectureRef architecture, double accuracy,
        double bestAccuracy) {
}
