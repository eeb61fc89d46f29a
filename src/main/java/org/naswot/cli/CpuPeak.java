package org.naswot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An estimate of the CPU's peak float32 rate, the ceiling for the convolutions: threads x clock x SIMD lanes
 * (16 with AVX-512, 8 with AVX2, 4 otherwise) x 2 (a fused multiply-add is two operations) x 2 FMA units. From
 * /proc/cpuinfo; the clock is the one it reports, often a VM's nominal clock (turbo and AVX-512 down-clocking not
 * known), so measured rates can exceed it.
 */
record CpuPeak(String model, double gigahertz, int lanes, int threads) {

    static CpuPeak read(int threads) {
        String model = "unknown";
        double ghz = Double.NaN;
        int lanes = 4;
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                String[] kv = line.split(":", 2);
                if (kv.length < 2) {
                    continue;
                }
                String key = kv[0].strip();
                String value = kv[1].strip();
                if (key.equals("model name") && model.equals("unknown")) {
                    model = value;
                } else if (key.equals("cpu MHz") && Double.isNaN(ghz)) {
                    ghz = Double.parseDouble(value) / 1000;
                } else if (key.equals("flags")) {
                    List<String> flags = List.of(value.split("\\s+"));
                    lanes = flags.contains("avx512f") ? 16 : flags.contains("avx2") ? 8 : 4;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or an unexpected format: the estimate stays unknown
        }
        return new CpuPeak(model, ghz, lanes, threads);
    }

    /** Peak GFLOP/s, NaN when the clock is unknown. */
    double gigaflops() {
        return threads * gigahertz * lanes * 2 * 2;
    }

    String describe() {
        return String.format(Locale.ROOT, "%s, %d thread(s) x %.2f GHz x %d float32 lanes x 2 (FMA) x 2 FMA units",
                model, threads, gigahertz, lanes);
    }
}
