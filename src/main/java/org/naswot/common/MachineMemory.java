package org.naswot.common;

import java.lang.management.ManagementFactory;

/**
 * The memory this machine (or its container) has for one process: the physical memory the JVM reports, which is the
 * container's limit inside a container. A network whose weights and activations need more cannot be scored here.
 */
public final class MachineMemory {
    /** Overrides the measured size (bytes), for tests and for users who want a lower ceiling. */
    public static final String LIMIT_PROPERTY = "naswot.memory.bytes";

    private MachineMemory() {
    }

    /** Bytes of physical memory this process could use at most. */
    public static long bytes() {
        String limit = System.getProperty(LIMIT_PROPERTY);
        if (limit != null && limit.matches("\\d{1,19}")) {
            return Long.parseLong(limit);
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long total = os.getTotalMemorySize();
            if (total > 0) {
                return total;
            }
        }
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Bytes left for native memory (libtorch's weights and activations) when the Java heap grows to its maximum:
     * the machine's memory less {@code -Xmx}, at least a quarter of the machine's.
     */
    public static long forNative() {
        long machine = bytes();
        return Math.max(machine / 4, machine - Runtime.getRuntime().maxMemory());
    }

    /** A size in bytes as people read it: 950 MB, 2.4 GB, 3.1 TB. */
    public static String describe(double bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        double v = bytes;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        if (v >= 1000) {
            return String.format(java.util.Locale.ROOT, "%.1e bytes", bytes);
        }
        return u == 0 ? String.format(java.util.Locale.ROOT, "%.0f bytes", v)
                : String.format(java.util.Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
