package org.naswot.run.proxies;

import org.naswot.score.proxies.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.nn.ActivationRecorder;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.bench.SuiteZeroTable;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.search.stats.RankCorrelation;
import org.naswot.space.Architecture;

/**
 * Our proxies next to NAS-Bench-Suite-Zero's on the same NB201 cells: each proxy computed on our batch and
 * initialisation (theirs differ, so only ranks are comparable), plus NASWOT's score ({@code nwot}) with
 * the batch size NASLib used (32). Same seed for batch and weights as a NASWOT run with that seed.
 */
public final class SuiteZeroComparison {
    public static final String NWOT = org.naswot.score.Measures.NWOT;
    public static final int NWOT_BATCH = 32;

    /**
     * One proxy's values over the cells: ours, NASLib's (null where the table has no column for it, as for zen),
     * the cells' validation accuracy, our time.
     */
    public record Series(String id, double[] ours, double[] theirs, double[] accuracy, double secondsPerCell) {
        /** NaN where the table has no values for this proxy. */
        public double spearmanWithSuiteZero() {
            return theirs == null ? Double.NaN : RankCorrelation.spearmanRho(ours, theirs);
        }

        public double kendallWithAccuracy() {
            return RankCorrelation.kendallTau(ours, accuracy);
        }
    }

    private SuiteZeroComparison() {
    }

    /**
     * @param rows     cells of one dataset of the Suite-Zero table
     * @param proxies  proxies to compare, by their Suite-Zero column name (= id); {@code flops_naslib} is
     *                 compared with the {@code flops} column
     * @param progress told the number of cells done after each cell
     */
    public static Map<String, Series> run(SpaceContext space, SuiteZeroTable table, List<SuiteZeroTable.Row> rows,
                                          String dataset, List<ZeroCostProxy> proxies, int batchSize, long seed,
                                          IntConsumer progress) {
        ComputeDevice cpu = ComputeDevice.select("cpu");
        int classes = space.datasetClasses(dataset);
        ImageBatch batch = space.batch(dataset, InputKind.DATASET, batchSize, seed, null, n -> { });
        ImageBatch nwotBatch = space.batch(dataset, InputKind.DATASET, NWOT_BATCH, seed, null, n -> { });
        int n = rows.size();
        Map<String, double[]> ours = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        proxies.forEach(p -> ids.add(p.id()));
        ids.add(NWOT);
        ids.forEach(id -> {
            ours.put(id, new double[n]);
            nanos.put(id, 0L);
        });
        double[] accuracy = new double[n];
        try (ProxyEvaluator evaluator = new ProxyEvaluator(space.builder(), batch, classes, cpu);
             NaswotScorer naswot = new NaswotScorer(space.builder(), nwotBatch, classes, ReluCounting.REFERENCE, cpu)) {
            for (int i = 0; i < n; i++) {
                SuiteZeroTable.Row row = rows.get(i);
                Architecture a = space.space().architecture(row.index());
                long weightSeed = ArchitectureSeeds.of(seed, a);
                accuracy[i] = table.value(row, "val_accuracy");
                try (ProxyContext context = evaluator.open(a, weightSeed)) {
                    for (ZeroCostProxy p : proxies) {
                        long t = System.nanoTime();
                        ours.get(p.id())[i] = p.compute(context);
                        nanos.merge(p.id(), System.nanoTime() - t, Long::sum);
                    }
                }
                long t = System.nanoTime();
                ours.get(NWOT)[i] = naswot.score(a, Weights.seeded(weightSeed), false, ActivationRecorder.NONE).logDet();
                nanos.merge(NWOT, System.nanoTime() - t, Long::sum);
                progress.accept(i + 1);
            }
        }
        Map<String, Series> out = new LinkedHashMap<>();
        for (String id : ids) {
            String column = id.equals("flops_naslib") ? "flops" : id;
            double[] theirs = table.columns().contains(column)
                    ? rows.stream().mapToDouble(r -> table.value(r, column)).toArray() : null;
            out.put(id, new Series(id, ours.get(id), theirs, accuracy, nanos.get(id) / 1e9 / Math.max(1, n)));
        }
        return out;
    }
}
