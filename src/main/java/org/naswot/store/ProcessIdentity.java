package org.naswot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a claim, in a form a restart cannot reuse. A process id alone is not enough: a JVM that runs as PID 1 in a
 * container and is killed with -9 comes back as PID 1, and its old claims would look live. So a claim records, in
 * the claims table's {@code host} column, the host name, the kernel's boot id and the claiming process's start time
 * ({@code host|boot-id|start-millis}); a claim on this host is live only while a process with that pid runs, started
 * at that time, in this boot. Rows written before this form (a bare host name) are judged by the pid alone.
 */
final class ProcessIdentity {
    /** Start times from /proc have clock-tick resolution (10 ms); both sides read the same value. */
    private static final long START_TOLERANCE_MILLIS = 20;
    private static final String SEPARATOR = "|";

    private static final String HOST = hostName();
    private static final String BOOT_ID = bootId();
    /** This process, as stored with its claims. */
    static final String CURRENT = HOST + SEPARATOR + BOOT_ID + SEPARATOR
            + startMillis(ProcessHandle.current()).map(String::valueOf).orElse("");

    private ProcessIdentity() {
    }

    /**
     * Whether the process that stored {@code identity} with {@code pid} still runs. A claim of another host cannot be
     * checked from here: it counts as live (claims also expire after an hour).
     */
    static boolean isLive(long pid, String identity) {
        String[] parts = identity.split("\\|", -1);
        if (!parts[0].equals(HOST)) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        if (parts.length < 3) {
            return true; // an older row: the pid is all there is
        }
        if (!parts[1].isEmpty() && !BOOT_ID.isEmpty() && !parts[1].equals(BOOT_ID)) {
            return false; // the machine rebooted since: pids start over
        }
        if (parts[2].isEmpty()) {
            return true;
        }
        long recorded = Long.parseLong(parts[2]);
        // the same pid, started at another time: a restart reused it (a container's PID 1)
        return startMillis(process.get()).map(now -> Math.abs(now - recorded) <= START_TOLERANCE_MILLIS).orElse(true);
    }

    /** Who holds a claim, for a note: pid and host, without the boot id and start time. */
    static String describe(long pid, String identity) {
        return "pid " + pid + " on " + identity.split("\\|", -1)[0];
    }

    static String hostField(String host, String bootId, long startMillis) {
        return host + SEPARATOR + bootId + SEPARATOR + startMillis;
    }

    static String host() {
        return HOST;
    }

    static String bootIdOfThisBoot() {
        return BOOT_ID;
    }

    private static Optional<Long> startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli);
    }

    private static String bootId() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
