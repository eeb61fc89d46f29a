package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.Conv2d;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.WeightInitializer;

/**
 * The gradient reaches a layer's input through the paths that hand back a new array (DJL's duplicate() detaches its
 * result from the graph, which once made gradient proxies lose every weight before such a layer).
 */
class ModuleGradientTest {

    private static float[] inputGradient(Module m, Shape shape) {
        try (NDManager manager = NDManager.newBaseManager()) {
            WeightInitializer.initialize(m, manager, 7);
            NDArray x = manager.randomUniform(-1, 1, shape);
            try (GradientScope scope = new GradientScope()) {
                x.setRequiresGradient(true);
                Backward.run(scope, m.forward(x, ActivationRecorder.NONE).sum(), List.of(x));
            }
            return x.getGradient().toFloatArray();
        }
    }

    private static double sum(float[] g) {
        double s = 0;
        for (float v : g) {
            s += v;
        }
        return s;
    }

    @Test
    void maxPoolWithoutPaddingPassesOneGradientPerOutput() {
        // 2 channels of 4x4 windows over 6x6: each output's gradient 1 goes to its window's maximum
        assertEquals(2 * 16, sum(inputGradient(new MaxPool2d(3, 1, 0), new Shape(1, 2, 6, 6))), 1e-6);
        assertEquals(2 * 36, sum(inputGradient(new MaxPool2d(1, 1, 0), new Shape(1, 2, 6, 6))), 1e-6);
    }

    @Test
    void channelPaddedConvolutionPassesItsGradient() {
        // 24 channels: the oneDNN workaround pads them to 32 (Conv2d's javadoc)
        float[] g = inputGradient(new Conv2d(24, 24, 3, 1, 1), new Shape(2, 24, 8, 8));
        double abs = 0;
        for (float v : g) {
            abs += Math.abs(v);
        }
        assertTrue(abs > 1, "input gradient " + abs);
    }
}
