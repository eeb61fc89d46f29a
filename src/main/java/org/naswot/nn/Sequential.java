package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** Children applied in order, named 0, 1, 2, ... as in torch.nn.Sequential. */
public final class Sequential extends Module {
    private final List<Module> layers = new ArrayList<>();

    public Sequential(Module... modules) {
        for (Module m : modules) {
            layers.add(child(Integer.toString(layers.size()), m));
        }
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        NDArray y = x;
        for (Module m : layers) {
            y = m.forward(y, recorder);
        }
        return y;
    }
}
