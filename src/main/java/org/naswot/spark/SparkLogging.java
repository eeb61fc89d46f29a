package org.naswot.spark;

import java.util.List;

/**
 * Keeps Spark's (and its Hadoop's and Netty's) own logging out of the user's terminal unless asked for: the app says
 * what failed in one sentence, Spark would add dozens of lines. Works through slf4j-simple's per-logger levels, which
 * are read when a logger is first created, so it must run before any Spark class logs (the engine calls it first).
 */
final class SparkLogging {
    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    private static final List<String> LOGGERS = List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop",
            "io.netty", "org.apache.ivy");

    /** Whether the levels are this class's own (then a later call may change them). */
    private static boolean ours;

    private SparkLogging() {
    }

    /** @param verbose true: Spark logs as it likes (warnings and up, slf4j-simple's default here) */
    static synchronized void configure(boolean verbose) {
        for (String logger : LOGGERS) {
            // a level the user set with -D stays
            if (ours || System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, verbose ? "info" : "off");
            }
        }
        ours = true;
    }
}
