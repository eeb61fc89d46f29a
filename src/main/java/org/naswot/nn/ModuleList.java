package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * Children named 0, 1, 2, ... that the owner applies itself (torch.nn.ModuleList): it only provides the
 * state_dict prefixes such as {@code cells.3} or {@code layers.1}.
 */
public final class ModuleList extends Module {
    private int size;

    public <M extends Module> M add(M module) {
        return child(Integer.toString(size++), module);
    }

    /** Leaves an index empty, as a {@code None} entry of a torch ModuleList does (keeps later names aligned). */
    public void skip() {
        size++;
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        throw new UnsupportedOperationException("a ModuleList is applied by its owner");
    }
}
