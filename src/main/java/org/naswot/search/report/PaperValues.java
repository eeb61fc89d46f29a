package org.naswot.search.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published numbers the reproduction report prints beside the measured ones: the NAS-Bench-201 NASWOT
 * rows of Table 2 of Mellor et al., "Neural Architecture Search without Training", ICML 2021 (test
 * accuracy %, mean ± std over 500 runs), and the Kendall tau between score and CIFAR-10 accuracy.
 */
public final class PaperValues {
    public static final String SOURCE = "Mellor, Turner, Storkey, Crowley: Neural Architecture Search without "
            + "Training, ICML 2021, Table 2 (NAS-Bench-201)";

    /** Kendall tau between the NASWOT score and CIFAR-10 accuracy over NAS-Bench-201. */
    public static final double KENDALL_TAU_CIFAR10 = 0.574;

    private static final Map<Integer, Map<BenchmarkDataset, MeanStd>> NASWOT = Map.of(
            10, row(new MeanStd(92.44, 1.13), new MeanStd(68.62, 2.04), new MeanStd(41.31, 4.11)),
            100, row(new MeanStd(92.81, 0.99), new MeanStd(69.48, 1.70), new MeanStd(43.10, 3.16)),
            1000, row(new MeanStd(92.96, 0.81), new MeanStd(69.98, 1.22), new MeanStd(44.44, 2.10)));

    private PaperValues() {
    }

    /** The sample sizes N with a published NASWOT row. */
    public static List<Integer> sampleCounts() {
        return List.of(10, 100, 1000);
    }

    /** The published NASWOT test accuracy for N samples on a dataset, if the paper has that row. */
    public static Optional<MeanStd> naswot(int sampleCount, BenchmarkDataset dataset) {
        return Optional.ofNullable(NASWOT.getOrDefault(sampleCount, Map.of()).get(dataset));
    }

    private static Map<BenchmarkDataset, MeanStd> row(MeanStd cifar10, MeanStd cifar100, MeanStd imagenet) {
        Map<BenchmarkDataset, MeanStd> row = new EnumMap<>(BenchmarkDataset.class);
        row.put(BenchmarkDataset.CIFAR10, cifar10);
        row.put(BenchmarkDataset.CIFAR100, cifar100);
        row.put(BenchmarkDataset.IMAGENET16_120, imagenet);
        return Map.copyOf(row);
    }
}
