package org.naswot.score.proxies;

import java.util.ArrayList;
import java.util.List;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;

/**
 * The weights the gradient-based proxies sum over: those of every convolution and linear layer (biases and
 * BatchNorm parameters excluded), as zero-cost-nas's {@code get_layer_metric_array} selects them.
 */
final class PrunableWeights {
    private PrunableWeights() {
    }

    static List<Parameter> of(Module network) {
        List<Parameter> out = new ArrayList<>();
        for (Module m : network.modules()) {
            if (m instanceof Conv2d c) {
                out.add(c.weight());
            } else if (m instanceof Linear l) {
                out.add(l.weight());
            }
        }
        return out;
    }
}
