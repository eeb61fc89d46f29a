package org.naswot.search.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.naswot.search.stats.Bootstrap;
import org.naswot.search.stats.ConfidenceInterval;
import org.naswot.search.stats.Correlations;
import org.naswot.search.stats.Summary;

/**
 * Renders measured results beside the paper's as Markdown: mean ± std over runs (sample std, n-1, as
 * the authors' {@code process_results.py} computes it), a percentile-bootstrap interval of the mean,
 * the published value, and whether the published mean lies inside that interval.
 */
public final class ReproductionReport {
    private static final String NONE = "—";

    private final Bootstrap bootstrap;
    private final double level;

    /** {@code level} is the confidence level of the intervals, e.g. 0.95. */
    public ReproductionReport(Bootstrap bootstrap, double level) {
        this.bootstrap = bootstrap;
        this.level = level;
    }

    public String render(ReproductionData data) {
        StringBuilder md = new StringBuilder();
        String ci = percent(level) + " CI";
        md.append("# NASWOT reproduction on NAS-Bench-201\n\n");
        md.append("Test accuracy (%) of the architecture each run selects: mean ± sample std (n-1) over runs, and the ")
                .append(ci).append(" of the mean (percentile bootstrap). Paper: ").append(PaperValues.SOURCE)
                .append(".\n\n");
        md.append("| Method | Dataset | Runs | Measured | ").append(ci).append(" of mean | Paper | Paper in CI |\n");
        md.append("|---|---|---:|---|---|---|---|\n");
        for (MethodRuns method : data.methods()) {
            for (BenchmarkDataset dataset : BenchmarkDataset.values()) {
                List<Double> values = method.accuracies().get(dataset);
                if (values != null) {
                    appendAccuracyRow(md, method, dataset, values);
                }
            }
        }
        if (data.correlations() != null) {
            appendCorrelations(md, data.correlations(), data.tauInterval(), ci);
        }
        md.append("\n\"Paper in CI\" asks whether the published mean lies within the sampling uncertainty of the ")
                .append("measured mean; the published mean has its own sampling error, so a \"no\" close to a bound ")
                .append("is weak evidence of a difference.\n");
        return md.toString();
    }

    private void appendAccuracyRow(StringBuilder md, MethodRuns method, BenchmarkDataset dataset, List<Double> values) {
        double[] known = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
        if (known.length == 0) {
            return;
        }
        Summary summary = Summary.of(known);
        ConfidenceInterval interval = bootstrap.mean(known, level);
        Optional<MeanStd> paper = method.paperSampleCount() == null ? Optional.empty()
                : PaperValues.naswot(method.paperSampleCount(), dataset);
        md.append("| ").append(method.method()).append(" | ").append(dataset.label()).append(" | ").append(known.length)
                .append(" | ").append(number(summary.mean(), 2)).append(" ± ").append(number(summary.std(), 2))
                .append(" | ").append(interval.format(2))
                .append(" | ").append(paper.map(MeanStd::format).orElse(NONE))
                .append(" | ").append(paper.map(p -> verdict(interval, p.mean())).orElse(NONE)).append(" |\n");
    }

    private static void appendCorrelations(StringBuilder md, Correlations correlations, ConfidenceInterval tau,
            String ci) {
        md.append("\n## Score vs. accuracy (CIFAR-10)\n\n");
        md.append("Over ").append(correlations.n()).append(" architectures.\n\n");
        md.append("| Statistic | Measured | ").append(ci).append(" | Paper | Paper in CI |\n");
        md.append("|---|---|---|---|---|\n");
        md.append("| Kendall tau | ").append(number(correlations.tau(), 3)).append(" | ")
                .append(tau == null ? NONE : tau.format(3)).append(" | ")
                .append(number(PaperValues.KENDALL_TAU_CIFAR10, 3)).append(" | ")
                .append(tau == null ? NONE : verdict(tau, PaperValues.KENDALL_TAU_CIFAR10)).append(" |\n");
        md.append("| Spearman rho | ").append(number(correlations.rho(), 3)).append(" | ").append(NONE).append(" | ")
                .append(NONE).append(" | ").append(NONE).append(" |\n");
    }

    private static String verdict(ConfidenceInterval interval, double paperValue) {
        if (Double.isNaN(interval.low())) {
            return NONE;
        }
        return interval.contains(paperValue) ? "yes" : "no";
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }
}
