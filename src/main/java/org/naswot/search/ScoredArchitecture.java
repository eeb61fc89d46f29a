package org.naswot.search;

/** One sampled architecture and its training-free score, in sampling order. */
public record ScoredArchitecture(ArchitectureRef architecture, double score) {
}
