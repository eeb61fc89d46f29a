package org.naswot.spark;

import java.nio.file.Path;
import org.naswot.common.UserFacingException;
import org.naswot.run.ScoreEngine;
import org.naswot.run.ScoringSession;

/**
 * Creates the Spark engine for front ends; the one class outside this package's Spark-bound ones that they call. It
 * names no Spark type, so it loads (and says what is wrong) when Spark is not on the class path.
 */
public final class SparkEngines {
    static final String SPARK_CONTEXT = "org.apache.spark.SparkContext";

    private SparkEngines() {
    }

    /**
     * @param config     the driver's scoring configuration (executors rebuild the session from it)
     * @param session    the driver's session: its batch is shipped, its settings are checked on every executor
     * @param dataDir    the driver's --data-dir, or null
     * @param threads    libtorch threads per task, or null for libtorch's default
     * @param master     a Spark master URL, or null for the one spark-submit configured
     * @param partitions partitions of the architecture list, or null for a default from the cluster's parallelism
     */
    public static ScoreEngine create(ScoringSession.Config config, ScoringSession session, Path dataDir,
                                     Integer threads, String master, Integer partitions) {
        return create(config, session, dataDir, threads, master, partitions, false,
                SparkConnection.DEFAULT_TIMEOUT_SECONDS);
    }

    /**
     * As {@link #create(ScoringSession.Config, ScoringSession, Path, Integer, String, Integer)}, connected at once:
     * a bad or unreachable master fails here, before any run is recorded.
     *
     * @param verbose        let Spark's own log reach the terminal
     * @param timeoutSeconds how long the master and a cluster's first executor may take to answer
     */
    public static ScoreEngine create(ScoringSession.Config config, ScoringSession session, Path dataDir,
                                     Integer threads, String master, Integer partitions, boolean verbose,
                                     int timeoutSeconds) {
        requireSpark();
        if (timeoutSeconds < 1) {
            throw new UserFacingException("--master-timeout must be at least 1 second, got " + timeoutSeconds);
        }
        SparkLogging.configure(verbose);
        if (partitions != null && partitions < 1) {
            throw new UserFacingException("--partitions must be at least 1, got " + partitions);
        }
        ScoringJob job = ScoringJob.of(config, dataDir, threads, session.settings().keyText());
        SparkScoreEngine engine = new SparkScoreEngine(job, ShippedBatch.of(session.batch()), master, partitions,
                timeoutSeconds);
        engine.connect();
        return engine;
    }

    /** @throws UserFacingException saying how to get Spark when it is not on the class path */
    public static void requireSpark() {
        try {
            Class.forName(SPARK_CONTEXT, false, SparkEngines.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UserFacingException("Spark is not on the class path: run with target/naswot (which adds "
                    + "target/spark-lib) or spark-submit");
        }
    }
}
