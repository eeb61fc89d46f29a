package org.naswot.score;

import ai.djl.Device;
import java.util.Locale;

/**
 * How the Hamming kernel's agreement counts are summed. Both are exact integer counts and give the same K to the
 * last bit (KernelMethodTest); they differ in where the work runs.
 */
public enum KernelMethod {
    /**
     * Codes as a boolean tensor, read by Java in place, packed 64 to a long, distances by XOR-popcount: about a
     * 64th of the product's work, on the scoring thread. The CPU default.
     */
    POPCOUNT,
    /**
     * One float S S^T product and row sum per ReLU on the network's device; only the 128 x 128 sums reach the host.
     * The GPU default (there the product is cheap and the codes would otherwise cross to the host).
     */
    GEMM;

    /** The system property (or environment variable NASWOT_KERNEL) that overrides the device's default. */
    public static final String PROPERTY = "naswot.kernel";

    /** {@link #POPCOUNT} on the CPU and {@link #GEMM} on a GPU, unless -Dnaswot.kernel=gemm|popcount says otherwise. */
    public static KernelMethod forDevice(Device device) {
        String chosen = System.getProperty(PROPERTY, System.getenv("NASWOT_KERNEL"));
        if (chosen != null && !chosen.isBlank()) {
            return fromName(chosen);
        }
        return device.isGpu() ? GEMM : POPCOUNT;
    }

    public static KernelMethod fromName(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.naswot.common.UserFacingException("the kernel method must be popcount or gemm, got '"
                    + name + "' (" + PROPERTY + ")");
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
