package org.naswot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Comparisons of our kernels and log-determinants with the reference code's (golden READMEs, section 6). */
public final class KernelAssertions {
    /** The golden README's DJL measurement: at most this many of the 16,384 entries of K differ. */
    public static final int MAX_DIFFERING_ENTRIES = 504;

    private KernelAssertions() {
    }

    /**
     * K is a count matrix: a forward pass that differs from PyTorch's in the last bits flips a few codes whose
     * pre-activation is within rounding of zero, so few entries may differ, each by at most {@code maxDiff}.
     */
    public static void assertKernelClose(double[] expected, double[][] actual, double maxDiff) {
        int n = actual.length;
        int differing = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double d = Math.abs(expected[a * n + b] - actual[a][b]);
                assertTrue(d <= maxDiff, "K[" + a + "][" + b + "] differs by " + d);
                if (d != 0) {
                    differing++;
                }
            }
        }
        assertTrue(differing <= MAX_DIFFERING_ENTRIES, differing + " kernel entries differ");
    }

    /** log|det K| within 1e-6 relative; the reference writes a singular K's as the text "-inf". */
    public static void assertLogDet(JsonNode expected, double actual) {
        if (expected.isTextual()) {
            assertEquals("-inf", expected.asText());
            assertEquals(Double.NEGATIVE_INFINITY, actual);
        } else {
            double e = expected.asDouble();
            assertEquals(e, actual, Math.abs(e) * 1e-6, "log|det K|");
        }
    }
}
