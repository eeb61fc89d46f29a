package org.naswot.search;

/** One sampled architecture and its oracle accuracy (NaN when unknown), in sampling order. */
public record EvaluatedArchitecture(ArchitectureRef architecture, double accuracy) {
}
