package org.naswot.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link WeightInit#KAIMING_NORMAL_FAN_IN}: AZ-NAS's and VKDNW's {@code kaiming_normal_fanin_init} (conv/linear weights
 * N(0, 2/fan_in), linear bias 0, BatchNorm 1/0), drawn from the seed so that a seed gives the same weights everywhere.
 */
class KaimingInitTest {

    private static Module network() {
        // fan-ins 16*3*3 = 144 and 400
        return new Sequential(new Conv2d(16, 50, 3, 1, 1), new BatchNorm2d(50), new Linear(400, 300));
    }

    private static Map<String, float[]> values(WeightInit rule, long seed) {
        try (NDManager m = NDManager.newBaseManager()) {
            Module n = network();
            WeightInitializer.initialize(n, m, seed, rule);
            Map<String, float[]> out = new java.util.LinkedHashMap<>();
            n.stateDict().forEach((name, p) -> out.put(name, p.value().toFloatArray()));
            return out;
        }
    }

    private static double std(float[] v) {
        double mean = 0;
        for (float x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (float x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / v.length);
    }

    private static String named(Map<String, float[]> values, String suffix, int skip) {
        return values.keySet().stream().filter(k -> k.endsWith(suffix)).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void convAndLinearWeightsAreNormalWithTheKaimingFanInStdAndTheRestFollowsTheirInit() {
        Map<String, float[]> v = values(WeightInit.KAIMING_NORMAL_FAN_IN, 7);
        String conv = named(v, "weight", 0);
        String bnWeight = named(v, "weight", 1);
        String linear = named(v, "weight", 2);
        // 7,200 and 120,000 draws: the sample std is within a few percent of sqrt(2 / fan_in)
        assertEquals(Math.sqrt(2.0 / 144), std(v.get(conv)), 0.05 * Math.sqrt(2.0 / 144), conv);
        assertEquals(Math.sqrt(2.0 / 400), std(v.get(linear)), 0.02 * Math.sqrt(2.0 / 400), linear);
        // normal, not uniform: values beyond the default's bound 1/sqrt(fan_in) occur
        double bound = 1 / Math.sqrt(400);
        float[] lw = v.get(linear);
        assertTrue(IntStreamMax.of(lw) > bound, "N(0, 2/fan_in) reaches past U(-1/sqrt(fan_in), ..)'s bound");
        String linearBias = named(v, "bias", 1);
        assertTrue(linearBias.startsWith(linear.substring(0, linear.indexOf('.'))), linearBias);
        float[] zeros = new float[300];
        assertArrayEquals(zeros, v.get(linearBias), "the linear layer's bias is zeroed");
        float[] ones = new float[50];
        Arrays.fill(ones, 1f);
        assertArrayEquals(ones, v.get(bnWeight), "BatchNorm weight 1");
    }

    @Test
    void aSeedGivesTheSameWeightsAndTheRuleChangesThem() {
        Map<String, float[]> a = values(WeightInit.KAIMING_NORMAL_FAN_IN, 3);
        Map<String, float[]> b = values(WeightInit.KAIMING_NORMAL_FAN_IN, 3);
        Map<String, float[]> other = values(WeightInit.KAIMING_NORMAL_FAN_IN, 4);
        Map<String, float[]> paper = values(WeightInit.PYTORCH_DEFAULT, 3);
        String conv = named(a, "weight", 0);
        assertArrayEquals(a.get(conv), b.get(conv));
        assertFalse(Arrays.equals(a.get(conv), other.get(conv)), "another seed, other weights");
        assertFalse(Arrays.equals(a.get(conv), paper.get(conv)), "the paper's rule draws other weights");
        // the paper's default stays uniform within 1/sqrt(fan_in)
        assertTrue(IntStreamMax.of(paper.get(conv)) <= 1 / Math.sqrt(144));
    }

    /** The largest absolute value. */
    private static final class IntStreamMax {
        static double of(float[] v) {
            double max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            return max;
        }
    }
}
