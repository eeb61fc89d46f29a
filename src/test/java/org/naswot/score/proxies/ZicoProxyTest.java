package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZicoProxyTest {

    @Test
    void inverseVariationIsMeanOfAbsOverPopulationStd() {
        // (|1| + |3|) / 2 over std {1, 3} = 1: 2; (|-2| + |2|) / 2 over std 2: 1; equal pair: std 0, left out
        assertEquals(3.0, ZicoProxy.inverseVariationSum(new float[] {1, -2, 5}, new float[] {3, 2, 5}), 1e-12);
    }

    @Test
    void aLayerWithoutSpreadContributesNothing() {
        assertEquals(0.0, ZicoProxy.inverseVariationSum(new float[] {0, 4}, new float[] {0, 4}));
    }

    @Test
    void nearlyEqualPairsFollowNumpysFloat32Std() {
        float a = 1.0f;
        float b = Math.nextUp(a);
        // numpy: mean rounds to a or b, so std = ulp / sqrt(2), not the exact ulp / 2
        double expected = ((a + b) / 2f) / (Math.ulp(a) / Math.sqrt(2));
        assertEquals(expected, ZicoProxy.inverseVariationSum(new float[] {a}, new float[] {b}), expected * 1e-6);
    }
}
