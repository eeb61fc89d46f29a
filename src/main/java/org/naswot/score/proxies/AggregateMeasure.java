package org.naswot.score.proxies;

/** A measure computed across a run's architectures from its members' stored values (a rank aggregation);
 *  never computed per network, so it updates as a run grows. */
public interface AggregateMeasure {
    String id();
    String description();
    /** The ids of the per-architecture measures it combines (ZeroCostProxy ids, or "nwot"), in order. */
    java.util.List<String> members();
    /** One array per member in members() order, all over the same architectures; NaN in any member gives NaN. */
    double[] combine(java.util.List<double[]> memberValues);
}
