package org.naswot.spark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.naswot.common.UserFacingException;

/**
 * Starts the SparkContext before a run is recorded and gives up after a bounded wait: a master URL Spark cannot parse,
 * a master that does not answer or a cluster that grants no executor become one sentence, instead of Spark's retries
 * (three registration attempts of 20 s each, then an endless "has not accepted any resources" wait).
 */
final class SparkConnection {
    /** How long to wait by default for the context and, on a cluster, its first executor. */
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    private SparkConnection() {
    }

    /**
     * @param master         the URL given with --master, or null for the one spark-submit configured
     * @param timeoutSeconds how long the context and a cluster's first executor may take
     */
    static JavaSparkContext open(SparkConf conf, String master, int timeoutSeconds) {
        String url = conf.get("spark.master", "?");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        CompletableFuture<JavaSparkContext> starting = CompletableFuture.supplyAsync(() -> new JavaSparkContext(conf));
        JavaSparkContext sc;
        try {
            sc = starting.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            starting.thenAccept(SparkConnection::stopQuietly);
            throw unreachable(url, timeoutSeconds, "the Spark context did not start");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UserFacingException("Spark could not start with master '" + url + "': "
                    + firstLine(cause) + (master == null ? "" : "; check --master (e.g. 'local[4]', spark://host:7077)"),
                    cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            starting.thenAccept(SparkConnection::stopQuietly);
            throw new UserFacingException("interrupted while starting Spark with master '" + url + "'");
        }
        if (!url.startsWith("local")) {
            awaitExecutor(sc, url, timeoutSeconds, deadline);
        }
        return sc;
    }

    /** A cluster's context starts at once; its executors come when the master answers and grants resources. */
    private static void awaitExecutor(JavaSparkContext sc, String url, int timeoutSeconds, long deadline) {
        while (true) {
            if (sc.sc().isStopped()) {
                throw new UserFacingException("Spark master '" + url + "' is unreachable or refused this application "
                        + "(Spark gave up registering); check that the master runs and that --master names it");
            }
            // the driver counts as one entry
            if (sc.sc().getExecutorMemoryStatus().size() > 1) {
                return;
            }
            if (System.nanoTime() > deadline) {
                stopQuietly(sc);
                throw unreachable(url, timeoutSeconds, "no executor registered");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopQuietly(sc);
                throw new UserFacingException("interrupted while waiting for Spark master '" + url + "'");
            }
        }
    }

    private static UserFacingException unreachable(String url, int timeoutSeconds, String what) {
        return new UserFacingException("Spark master '" + url + "' did not answer within " + timeoutSeconds + " s ("
                + what + "): check that it runs and is reachable from here, or wait longer with --master-timeout");
    }

    private static String firstLine(Throwable t) {
        return String.valueOf(t.getMessage()).lines().findFirst().orElse(t.getClass().getSimpleName());
    }

    /** Stops a context that was given up on, without letting a hanging stop hold the command. */
    static void stopQuietly(JavaSparkContext sc) {
        Thread t = new Thread(() -> {
            try {
                sc.stop();
            } catch (RuntimeException ignored) {
                // already failing: the sentence about the master is what the user needs
            }
        }, "naswot-spark-stop");
        t.setDaemon(true);
        t.start();
        try {
            t.join(TimeUnit.SECONDS.toMillis(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
