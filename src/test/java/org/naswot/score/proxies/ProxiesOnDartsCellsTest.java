package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;

/**
 * Synflow on DARTS-family networks (NB301, the declarative DARTS example): its bypassed BatchNorm must not hand back
 * an array that the FactorizedReduce after a reduction cell then frees ("Native resource has been released already").
 */
class ProxiesOnDartsCellsTest {
    @TempDir
    Path dir;

    private double synflow(String space, int index) {
        SpaceContext ctx = SpaceContext.open(space, new DataDirectory(dir.resolve("empty")));
        ImageBatch batch = ctx.batch("cifar10", InputKind.DATASET, 2, 1, null, n -> { });
        try (ProxyEvaluator evaluator = new ProxyEvaluator(ctx.builder(), batch, 10, ComputeDevice.select("cpu"))) {
            Architecture a = ctx.space().architecture(index);
            return evaluator.computeAll(a, ArchitectureSeeds.of(1, a), List.of(new SynflowProxy())).get("synflow");
        }
    }

    @Test
    void synflowIsFiniteOnNb301() {
        // every NB301 network has a FactorizedReduce preprocessing the cell after each reduction cell
        double v = synflow("nb301", 401);
        assertTrue(Double.isFinite(v) && v > 0, "synflow of NB301 #401: " + v);
    }

    @Test
    void synflowIsFiniteOnTheDeclarativeDartsSpace() {
        double v = synflow("spaces/examples/darts.json", 0);
        assertTrue(Double.isFinite(v) && v > 0, "synflow of darts.json #0: " + v);
    }
}
