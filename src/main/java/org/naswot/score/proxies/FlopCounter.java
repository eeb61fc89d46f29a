package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.AvgPool2d;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;

/**
 * Counts the operations of one forward pass of one image, from the shapes each layer reports.
 *
 * <p>Two conventions, which differ by 1-3% on NB201:
 * <ul>
 *   <li>{@link Convention#MULTIPLY_ADDS}: NAS-Bench-201/NATS-Bench's {@code flop}: multiply-accumulates of
 *   convolutions and linear layers, a bias adding one per output; pooling, BatchNorm, ReLU and additions
 *   are free (NB201 cell 0: 15.64737 M).</li>
 *   <li>{@link Convention#NASLIB}: NAS-Bench-Suite-Zero's {@code flops} column (NASLib's model stats):
 *   convolution multiply-accumulates, linear in x out (bias free), BatchNorm 2 per element, ReLU 1 per
 *   element, pooling kernel-area per output, adaptive average pooling (in/out + 1)^2 per output.</li>
 * </ul>
 */
public final class FlopCounter implements ActivationRecorder {

    public enum Convention { MULTIPLY_ADDS, NASLIB }

    private final Convention convention;
    private long count;

    private FlopCounter(Convention convention) {
        this.convention = convention;
    }

    /** Operations for one image of the context's batch shape, in the given convention. */
    public static long count(ProxyContext context, Convention convention) {
        Module network = context.freshNetwork();
        FlopCounter counter = new FlopCounter(convention);
        var b = context.batch();
        NDArray one = context.manager().zeros(new Shape(1, b.channels(), b.height(), b.width()));
        network.forward(one, counter);
        return counter.count;
    }

    @Override
    public void record(NDArray rectified, boolean containerHooked) {
        if (convention == Convention.NASLIB) {
            count += rectified.size();
        }
    }

    @Override
    public void layer(Module layer, Shape input, Shape output) {
        boolean naslib = convention == Convention.NASLIB;
        if (layer instanceof Conv2d conv) {
            Shape w = conv.weight().shape();
            count += output.size() * w.get(1) * w.get(2) * w.get(3);
        } else if (layer instanceof Linear) {
            count += output.size() * input.get(1) + (naslib ? 0 : output.size());
        } else if (naslib && layer instanceof BatchNorm2d) {
            count += 2 * input.size();
        } else if (naslib && layer instanceof AvgPool2d pool) {
            count += output.size() * pool.kernel() * pool.kernel();
        } else if (naslib && layer instanceof MaxPool2d pool) {
            count += output.size() * pool.kernel() * pool.kernel();
        } else if (naslib && layer instanceof GlobalAvgPool) {
            count += output.size() * (input.get(2) + 1) * (input.get(3) + 1);
        }
    }
}
