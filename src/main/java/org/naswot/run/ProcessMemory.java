package org.naswot.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of this process (JVM heap plus libtorch's native buffers), from /proc on Linux. */
public final class ProcessMemory {
    private ProcessMemory() {
    }

    /** Bytes resident now, or -1 where /proc/self/status is not available. */
    public static long residentBytes() {
        return statusBytes("VmRSS:");
    }

    /**
     * The peak resident set size of the process so far (the kernel's high-water mark, VmHWM): unlike sampling, it
     * sees short peaks inside an architecture's forward pass. -1 where /proc is not available.
     */
    public static long peakResidentBytes() {
        return statusBytes("VmHWM:");
    }

    private static long statusBytes(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
