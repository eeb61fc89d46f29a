package org.naswot.run.proxies;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.data.DataDirectory;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.score.proxies.ProxyContext;
import org.naswot.score.proxies.ProxyEvaluator;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.score.proxies.ZeroCostProxy;
import org.naswot.space.Architecture;

/**
 * Measurement (not a test): each proxy's seconds on one NB201 cell, alone in a fresh context (so a proxy that shares
 * a pass pays for it), the minimum over rounds after one warm-up; then all of them together in one context.
 *
 * <p>Usage: {@code ProxyTiming [batchSize=64] [index=6111] [rounds=3] [proxy ids, default all]}; CIFAR-10 images of
 * the data directory ({@code NASWOT_DATA} or the default), the libtorch threads of the process.
 */
public final class ProxyTiming {
    private ProxyTiming() {
    }

    public static void main(String[] args) {
        int batchSize = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int index = args.length > 1 ? Integer.parseInt(args[1]) : 6111;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<ZeroCostProxy> proxies = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            proxies.add(ProxyRegistry.get(args[i]));
        }
        if (proxies.isEmpty()) {
            proxies = ProxyRegistry.all();
        }
        SpaceContext space = SpaceContext.open("nb201", DataDirectory.resolve((Path) null));
        ImageBatch batch = space.batch("cifar10", InputKind.DATASET, batchSize, 1, null, n -> { });
        Architecture arch = space.space().architecture(index);
        System.out.printf(Locale.ROOT, "NB201 #%d, batch %d, minimum of %d rounds after a warm-up%n", index, batchSize,
                rounds);
        try (ProxyEvaluator evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"))) {
            for (ZeroCostProxy p : proxies) {
                double best = Double.POSITIVE_INFINITY;
                double value = Double.NaN;
                for (int r = 0; r <= rounds; r++) {
                    try (ProxyContext context = evaluator.open(arch, 1)) {
                        long start = System.nanoTime();
                        value = p.compute(context);
                        double s = (System.nanoTime() - start) / 1e9;
                        if (r > 0) {
                            best = Math.min(best, s);
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%-16s %8.3f s   value %s%n", p.id(), best, value);
            }
            // all of them in one context, as a run computes them: shared passes are paid once
            double together = Double.POSITIVE_INFINITY;
            for (int r = 0; r <= rounds; r++) {
                long start = System.nanoTime();
                evaluator.computeAll(arch, 1, proxies);
                double s = (System.nanoTime() - start) / 1e9;
                if (r > 0) {
                    together = Math.min(together, s);
                }
            }
            System.out.printf(Locale.ROOT, "%-16s %8.3f s   (%d proxies in one context)%n", "together", together,
                    proxies.size());
        }
    }
}
