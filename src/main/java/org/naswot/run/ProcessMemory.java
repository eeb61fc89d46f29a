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
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
