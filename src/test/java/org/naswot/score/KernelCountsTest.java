package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;

/**
 * Closed forms of the golden README for any cell with n convolution edges, on seeded weights and a
 * small random batch: relu_modules = 15n+5, relu_like_modules = 30n+9, diag_relu = 143,360n + 40,960,
 * diag_repo = 2 diag_relu - 4,096; and properties every kernel has.
 */
class KernelCountsTest {
    private static final int BATCH = 16;
    private static NaswotScorer reference;
    private static NaswotScorer once;

    @BeforeAll
    static void setUp() {
        SplittableRandom r = new SplittableRandom(11);
        float[] pixels = new float[BATCH * 3 * 32 * 32];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) (r.nextDouble() * 2 - 1);
        }
        ImageBatch batch = new ImageBatch(pixels, BATCH, 3, 32, 32, new int[BATCH], "uniform noise");
        reference = new NaswotScorer(Nb201NetworkBuilder.BENCHMARK, batch, 10, ReluCounting.REFERENCE,
                ComputeDevice.select("cpu"));
        once = new NaswotScorer(Nb201NetworkBuilder.BENCHMARK, batch, 10, ReluCounting.ONCE, ComputeDevice.select("cpu"));
    }

    @AfterAll
    static void tearDown() {
        reference.close();
        once.close();
    }

    @Test
    void closedFormsHoldForRandomCells() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int t = 0; t < 6; t++) {
            Nb201Architecture arch = new Nb201Architecture(Nb201Architecture.opsOfCode(rng.nextInt(15_625)), -1);
            int n = arch.convolutionCount();
            KernelScore repo = reference.score(arch, Weights.seeded(t), true, org.naswot.nn.ActivationRecorder.NONE);
            KernelScore relu = once.score(arch, Weights.seeded(t), true, org.naswot.nn.ActivationRecorder.NONE);
            assertEquals(15 * n + 5, relu.hookedModules(), arch.encoding());
            assertEquals(30 * n + 9, repo.hookedModules(), arch.encoding());
            assertEquals(143_360L * n + 40_960, relu.reluUnits(), arch.encoding());
            assertEquals(2 * relu.reluUnits() - 4_096, repo.reluUnits(), arch.encoding());
            for (int a = 0; a < BATCH; a++) {
                assertEquals(repo.reluUnits(), repo.kernel()[a][a]);
                for (int b = 0; b < BATCH; b++) {
                    assertEquals(repo.kernel()[a][b], repo.kernel()[b][a]);
                    assertTrue(repo.kernel()[a][b] >= 0 && repo.kernel()[a][b] <= repo.reluUnits());
                    // the same codes, counted with the reference's multiplicities, can only add agreements
                    assertTrue(repo.kernel()[a][b] >= relu.kernel()[a][b]);
                }
            }
        }
    }

    @Test
    void seededWeightsAreReproducible() {
        Nb201Architecture arch = Nb201Architecture.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|");
        double a = reference.score(arch, Weights.seeded(42)).logDet();
        double b = reference.score(arch, Weights.seeded(42)).logDet();
        double c = reference.score(arch, Weights.seeded(43)).logDet();
        assertEquals(a, b);
        assertTrue(a != c);
    }

    @Test
    void allNoneCellIsSingular() {
        Nb201Architecture none = Nb201Architecture.parse("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|");
        assertEquals(Double.NEGATIVE_INFINITY, reference.score(none, Weights.seeded(1)).logDet());
    }
}
