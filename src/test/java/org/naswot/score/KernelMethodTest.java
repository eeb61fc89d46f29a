package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;

/** Both ways of summing K's counts give the same kernel and score to the last bit, in both counting modes. */
class KernelMethodTest {
    /** Not a multiple of 4 (the pair blocks) and an odd unit count in no layer: the padding paths run too. */
    private static final int BATCH = 10;
    private static ImageBatch batch;

    @BeforeAll
    static void setUp() {
        SplittableRandom r = new SplittableRandom(3);
        float[] pixels = new float[BATCH * 3 * 32 * 32];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) (r.nextDouble() * 2 - 1);
        }
        batch = new ImageBatch(pixels, BATCH, 3, 32, 32, new int[BATCH], "uniform noise");
    }

    @AfterAll
    static void tearDown() {
        batch = null;
    }

    @Test
    void popcountAndProductGiveTheSameKernel() {
        SplittableRandom rng = new SplittableRandom(8);
        for (ReluCounting counting : ReluCounting.values()) {
            try (NaswotScorer popcount = scorer(counting, KernelMethod.POPCOUNT);
                 NaswotScorer gemm = scorer(counting, KernelMethod.GEMM)) {
                for (int t = 0; t < 4; t++) {
                    Nb201Architecture arch = new Nb201Architecture(Nb201Architecture.opsOfCode(rng.nextInt(15_625)),
                            -1);
                    KernelScore p = popcount.score(arch, Weights.seeded(t), true, ActivationRecorder.NONE);
                    KernelScore g = gemm.score(arch, Weights.seeded(t), true, ActivationRecorder.NONE);
                    for (int a = 0; a < BATCH; a++) {
                        assertArrayEquals(g.kernel()[a], p.kernel()[a], arch.encoding() + " row " + a);
                    }
                    assertEquals(g.logDet(), p.logDet(), 0.0, arch.encoding());
                    assertEquals(g.reluUnits(), p.reluUnits());
                    assertEquals(g.hookedModules(), p.hookedModules());
                }
            }
        }
    }

    /**
     * Node 0 feeds three convolutions: the second and third ReLU on it reuse the first one's codes (two per cell, 15
     * cells), and K is still the product's.
     */
    @Test
    void reluOnTheSameNodeIsCountedFromTheFirstOne() {
        Nb201Architecture arch = Nb201Architecture.parse(
                "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|nor_conv_1x1~0|skip_connect~1|nor_conv_3x3~2|");
        double[][][] kernels = new double[2][][];
        int[] repeats = new int[2];
        KernelMethod[] methods = {KernelMethod.POPCOUNT, KernelMethod.GEMM};
        for (int m = 0; m < 2; m++) {
            try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager(ai.djl.Device.cpu())) {
                org.naswot.nn.Module network = Nb201NetworkBuilder.BENCHMARK.build(arch, 1);
                org.naswot.nn.WeightInitializer.initialize(network, manager, 5);
                KernelAccumulator k = new KernelAccumulator(manager, BATCH, ReluCounting.REFERENCE, methods[m]);
                network.forward(manager.create(batch.pixels(), new ai.djl.ndarray.types.Shape(BATCH, 3, 32, 32)), k);
                kernels[m] = k.kernel();
                repeats[m] = k.repeatedRelus();
            }
        }
        assertEquals(30, repeats[0]);
        assertEquals(0, repeats[1]);
        for (int a = 0; a < BATCH; a++) {
            assertArrayEquals(kernels[1][a], kernels[0][a]);
        }
    }

    @Test
    void theCpuDefaultIsPopcountAndAPropertyOverridesIt() {
        assertEquals(KernelMethod.POPCOUNT, KernelMethod.forDevice(ai.djl.Device.cpu()));
        assertEquals(KernelMethod.GEMM, KernelMethod.forDevice(ai.djl.Device.gpu()));
        assertEquals(KernelMethod.GEMM, KernelMethod.fromName(" GEMM "));
        org.junit.jupiter.api.Assertions.assertThrows(org.naswot.common.UserFacingException.class,
                () -> KernelMethod.fromName("bits"));
    }

    private static NaswotScorer scorer(ReluCounting counting, KernelMethod method) {
        return new NaswotScorer(Nb201NetworkBuilder.BENCHMARK, batch, 10, counting, ComputeDevice.select("cpu"), method);
    }
}
