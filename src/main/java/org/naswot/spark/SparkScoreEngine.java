package org.naswot.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.naswot.common.UserFacingException;
import org.naswot.run.ScoreEngine;
import org.naswot.score.ScoreResult;
import org.naswot.space.Architecture;
import scala.collection.JavaConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Scores on Apache Spark: the architecture indices become an RDD, each task scores its partition on an executor
 * (see {@link ScorePartition}), and every partition's rows come back to the driver as soon as its task ends. The
 * SparkContext is created on first use, with this master or the one spark-submit configured.
 */
final class SparkScoreEngine implements ScoreEngine {
    /** Architectures per partition by default: results come back per partition, so this bounds the work lost. */
    static final int ARCHITECTURES_PER_PARTITION = 64;

    private final ScoringJob job;
    private final ShippedBatch batch;
    private final String master;
    private final Integer partitions;
    private final String runKey = "naswot-" + UUID.randomUUID();
    private final int timeoutSeconds;
    private JavaSparkContext spark;
    private TaskProbe probe = TaskProbe.NONE;

    SparkScoreEngine(ScoringJob job, ShippedBatch batch, String master, Integer partitions, int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
        this.job = job;
        this.batch = batch;
        this.master = master;
        this.partitions = partitions;
    }

    /** Lets {@code probe} see every task's progress (tests: a task that fails once); returns this engine. */
    SparkScoreEngine probing(TaskProbe probe) {
        this.probe = java.util.Objects.requireNonNull(probe);
        return this;
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void score(List<Architecture> architectures, Consumer<ScoreResult> sink, BooleanSupplier cancelled) {
        JavaSparkContext sc = context();
        List<Integer> indices = architectures.stream().map(Architecture::index).toList();
        int p = partitions != null ? partitions : defaultPartitions(indices.size(), sc.defaultParallelism());
        JavaRDD<Integer> rdd = sc.parallelize(indices, Math.min(p, indices.size()));
        Broadcast<ShippedBatch> shipped = sc.broadcast(batch);
        BlockingQueue<ArrayList<ScoreResult>> arrived = new LinkedBlockingQueue<>();
        sc.setJobGroup(runKey, "naswot score-space: " + indices.size() + " " + job.space() + " architectures", true);
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < rdd.getNumPartitions(); i++) {
            all.add(i);
        }
        // the handler runs on Spark's scheduler thread: it only queues, the store is written on this thread
        SimpleFutureAction<BoxedUnit> job = sc.sc().submitJob(rdd.rdd(), new ScorePartition(runKey, this.job, shipped, probe),
                JavaConverters.asScalaBuffer(all).toSeq(), new AbstractFunction2<Object, ArrayList<ScoreResult>,
                        BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(Object partition, ArrayList<ScoreResult> rows) {
                        arrived.add(rows);
                        return BoxedUnit.UNIT;
                    }
                }, new AbstractFunction0<BoxedUnit>() {
                    @Override
                    public BoxedUnit apply() {
                        return BoxedUnit.UNIT;
                    }
                });
        try {
            deliver(arrived, job, sink, cancelled);
        } finally {
            shipped.destroy();
        }
    }

    private void deliver(BlockingQueue<ArrayList<ScoreResult>> arrived, SimpleFutureAction<BoxedUnit> job,
                         Consumer<ScoreResult> sink, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                spark.cancelJobGroup(runKey);
                return;
            }
            ArrayList<ScoreResult> rows;
            try {
                rows = arrived.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                spark.cancelJobGroup(runKey);
                return;
            }
            if (rows != null) {
                rows.forEach(sink);
            } else if (job.isCompleted() && arrived.isEmpty()) {
                awaitSuccess(job);
                return;
            }
        }
    }

    /**
     * Rethrows a failed job's cause (e.g. a task that failed spark.task.maxFailures times) as its first line; Spark
     * has logged the executors' stack traces.
     */
    private static void awaitSuccess(SimpleFutureAction<BoxedUnit> job) {
        scala.util.Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isFailure()) {
            Throwable cause = outcome.failed().get();
            throw new UserFacingException("Spark job failed: " + String.valueOf(cause.getMessage()).lines()
                    .findFirst().orElse(cause.toString()), cause);
        }
    }

    /**
     * Enough partitions to keep every core busy with a few tasks each (stragglers even out), and at most
     * {@value #ARCHITECTURES_PER_PARTITION} architectures per partition.
     */
    static int defaultPartitions(int architectures, int parallelism) {
        int perCore = Math.min(architectures, 4 * parallelism);
        int bounded = (architectures + ARCHITECTURES_PER_PARTITION - 1) / ARCHITECTURES_PER_PARTITION;
        return Math.max(1, Math.max(perCore, bounded));
    }

    private synchronized JavaSparkContext context() {
        if (spark == null) {
            // reads spark.* system properties, which spark-submit sets from --master, --conf and spark-defaults
            SparkConf conf = new SparkConf().setAppName("naswot score-space " + job.space());
            if (master != null) {
                conf.setMaster(master);
            } else if (!conf.contains("spark.master")) {
                throw new UserFacingException("--engine spark needs a cluster: pass --master (e.g. 'local[4]', "
                        + "spark://host:7077) or start the job with spark-submit --master");
            }
            if (!conf.contains("spark.ui.enabled")) {
                conf.set("spark.ui.enabled", "false");
            }
            spark = SparkConnection.open(conf, master, timeoutSeconds);
        }
        return spark;
    }

    /** Starts Spark now (it is otherwise started on first use): a bad master fails before a run is recorded. */
    void connect() {
        context();
    }

    @Override
    public synchronized void close() {
        ExecutorSessions.closeAll(runKey);
        if (spark != null) {
            spark.stop();
            spark = null;
        }
    }
}
