package org.naswot.search.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.naswot.search.stats.Bootstrap;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.Correlations;

class ReproductionReportTest {
    private static final int RESAMPLES = 1000;

    private static Bootstrap bootstrap() {
        return new Bootstrap(RandomGeneratorFactory.of("L64X128MixRandom").create(17), RESAMPLES);
    }

    /** n/2 copies each of centre-1 and centre+1: mean = centre, sample std = sqrt(n / (n-1)). */
    private static List<Double> twoPoint(double centre, int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            values.add(centre - 1);
            values.add(centre + 1);
        }
        return values;
    }

    private static String row(String markdown, String method, String dataset) {
        return markdown.lines().filter(l -> l.startsWith("| " + method + " | " + dataset + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + method + " / " + dataset + " in\n" + markdown));
    }

    @Test
    void accuracyRowsShowMeasuredIntervalPaperAndVerdict() {
        List<Double> matching = twoPoint(92.44, 100); // centred on the paper's N=10 CIFAR-10 mean
        List<Double> far = twoPoint(80.50, 100);      // far above the paper's CIFAR-100 68.62
        Map<BenchmarkDataset, List<Double>> n10 = Map.of(BenchmarkDataset.CIFAR10, matching,
                BenchmarkDataset.CIFAR100, far);
        ReproductionData data = new ReproductionData(List.of(MethodRuns.naswot(10, n10),
                MethodRuns.baseline("Random", Map.of(BenchmarkDataset.CIFAR10, List.of(85.0, 87.0, Double.NaN)))),
                null, null);

        String md = new ReproductionReport(bootstrap(), 0.95).render(data);

        // the interval the report must show: same generator, same order of use
        Bootstrap replay = bootstrap();
        ConfidenceInterval cifar10 = replay.mean(matching.stream().mapToDouble(Double::doubleValue).toArray(), 0.95);
        ConfidenceInterval cifar100 = replay.mean(far.stream().mapToDouble(Double::doubleValue).toArray(), 0.95);

        assertEquals("| NASWOT (N=10) | CIFAR-10 | 100 | 92.44 ± 1.01 | " + cifar10.format(2) + " | 92.44 ± 1.13 | yes |",
                row(md, "NASWOT (N=10)", "CIFAR-10"));
        assertEquals("| NASWOT (N=10) | CIFAR-100 | 100 | 80.50 ± 1.01 | " + cifar100.format(2)
                + " | 68.62 ± 2.04 | no |", row(md, "NASWOT (N=10)", "CIFAR-100"));
        assertTrue(cifar10.low() < 92.44 && cifar10.high() > 92.44);
        // a baseline has no published value; its unknown run is dropped from the count
        assertTrue(row(md, "Random", "CIFAR-10").matches("\\| Random \\| CIFAR-10 \\| 2 \\| 86\\.00 ± 1\\.41 \\| .* \\| — \\| — \\|"),
                row(md, "Random", "CIFAR-10"));
        assertFalse(md.contains("ImageNet16-120 |"), "datasets without runs get no row");
        assertFalse(md.contains("Kendall"), "no correlation section without correlations");
    }

    @Test
    void tauVerdictFollowsItsInterval() {
        Correlations c = new Correlations(15284, 0.5689, 0.7412);
        String inside = new ReproductionReport(bootstrap(), 0.95).render(new ReproductionData(List.of(), c,
                new ConfidenceInterval(0.561, 0.5689, 0.578, 0.95)));
        String outside = new ReproductionReport(bootstrap(), 0.95).render(new ReproductionData(List.of(), c,
                new ConfidenceInterval(0.560, 0.5689, 0.572, 0.95)));
        assertTrue(inside.contains("| Kendall tau | 0.569 | [0.561, 0.578] | 0.574 | yes |"), inside);
        assertTrue(outside.contains("| Kendall tau | 0.569 | [0.560, 0.572] | 0.574 | no |"), outside);
        assertTrue(inside.contains("| Spearman rho | 0.741 |"), inside);
        assertTrue(inside.contains("Over 15284 architectures."), inside);
    }

    @Test
    void paperRowsAreLinkedBySampleCount() {
        List<Double> runs = Collections.nCopies(10, 44.44);
        String md = new ReproductionReport(bootstrap(), 0.90).render(new ReproductionData(List.of(
                MethodRuns.naswot(1000, Map.of(BenchmarkDataset.IMAGENET16_120, runs)),
                MethodRuns.naswot(7, Map.of(BenchmarkDataset.IMAGENET16_120, runs))), null, null));
        assertTrue(md.contains("90% CI of mean"), md);
        assertEquals("| NASWOT (N=1000) | ImageNet16-120 | 10 | 44.44 ± 0.00 | [44.44, 44.44] | 44.44 ± 2.10 | yes |",
                row(md, "NASWOT (N=1000)", "ImageNet16-120"));
        assertTrue(row(md, "NASWOT (N=7)", "ImageNet16-120").endsWith("| — | — |"), "no paper row for N=7");
    }

    @Test
    void paperValuesAreThePublishedTable() {
        assertEquals(List.of(10, 100, 1000), PaperValues.sampleCounts());
        assertEquals(new MeanStd(69.48, 1.70), PaperValues.naswot(100, BenchmarkDataset.CIFAR100).orElseThrow());
        assertEquals(new MeanStd(92.96, 0.81), PaperValues.naswot(1000, BenchmarkDataset.CIFAR10).orElseThrow());
        assertTrue(PaperValues.naswot(50, BenchmarkDataset.CIFAR10).isEmpty());
    }
}
