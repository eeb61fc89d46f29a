package org.naswot.run.proxies;

import org.naswot.score.proxies.*;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naswot.data.DataDirectory;
import org.naswot.bench.SuiteZeroTable;
import org.naswot.run.SpaceContext;
import org.naswot.search.stats.RankCorrelation;

/**
 * Measurement (not a test): every cifar10 cell of NAS-Bench-Suite-Zero's NB201 table, each proxy's
 * Spearman rank correlation with NASLib's value of the same proxy and Kendall's tau with the cells'
 * validation accuracy, and the time per cell.
 *
 * <p>Usage: {@code ProxyAgreement [batchSize=64] [seed=1] [every=1]} (every k-th table row). Data from
 * {@code NASWOT_DATA} or {@code --data-dir}'s default, which must hold {@code naslib_zc/zc_nasbench201_725archs_x3datasets.csv}
 * (the tests assemble one in {@code target/test-data}).
 */
public final class ProxyAgreement {
    private ProxyAgreement() {
    }

    public static void main(String[] args) {
        int batchSize = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        DataDirectory data = DataDirectory.resolve((Path) null);
        SpaceContext space = SpaceContext.open("nb201", data);
        SuiteZeroTable table = SuiteZeroTable.read(data.resolve("naslib_zc/zc_nasbench201_725archs_x3datasets.csv"));
        List<SuiteZeroTable.Row> all = table.rows("cifar10");
        List<SuiteZeroTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            rows.add(all.get(i));
        }
        long start = System.nanoTime();
        Map<String, SuiteZeroComparison.Series> result = SuiteZeroComparison.run(space, table, rows, "cifar10",
                ProxyRegistry.all(), batchSize, seed, done -> {
                    if (done % 25 == 0 || done == rows.size()) {
                        System.err.printf(Locale.ROOT, "%d/%d cells, %.0f s%n", done, rows.size(),
                                (System.nanoTime() - start) / 1e9);
                    }
                });
        System.out.printf(Locale.ROOT, "NB201 cifar10, %d cells, batch %d (nwot: %d), seed %d%n", rows.size(), batchSize,
                SuiteZeroComparison.NWOT_BATCH, seed);
        System.out.printf(Locale.ROOT, "%-13s %22s %22s %10s%n", "proxy", "Spearman vs SuiteZero", "Kendall tau vs val acc",
                "ms/cell");
        for (SuiteZeroComparison.Series s : result.values()) {
            double theirsTau = s.theirs() == null ? Double.NaN : RankCorrelation.kendallTau(s.theirs(), s.accuracy());
            System.out.printf(Locale.ROOT, "%-13s %22.4f %13.4f (SZ %.4f) %8.1f%n", s.id(), s.spearmanWithSuiteZero(),
                    s.kendallWithAccuracy(), theirsTau, s.secondsPerCell() * 1000);
        }
    }
}
