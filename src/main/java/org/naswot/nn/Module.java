package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer evaluated eagerly with DJL NDArray operations, with PyTorch-style names for its parameters
 * and children. DJL's own Block API has no forward hooks and copies parameters through a
 * ParameterStore on every call; this small tree gives both exact reference semantics and direct control
 * over which ReLU inputs are recorded.
 */
public abstract class Module {

    private final Map<String, Module> children = new LinkedHashMap<>();
    private final List<Parameter> ownParameters = new ArrayList<>();

    /**
     * Runs the layer; ReLUs inside report their inputs to {@code recorder}, and every module its output (as a
     * PyTorch forward hook on each of {@code named_modules()} would see it).
     */
    public final NDArray forward(NDArray x, ActivationRecorder recorder) {
        recorder.moduleStart(this);
        NDArray y = compute(x, recorder);
        recorder.moduleOutput(this, y);
        return y;
    }

    /** The layer's computation (what a PyTorch module's {@code forward} does). */
    protected abstract NDArray compute(NDArray x, ActivationRecorder recorder);

    /**
     * Runs {@link #forward} and frees every intermediate array it created, keeping only the output, so a
     * deep network's activations do not pile up until the architecture's NDManager closes.
     */
    public final NDArray forwardReleasingIntermediates(NDArray x, ActivationRecorder recorder) {
        try (NDScope scope = new NDScope()) {
            NDArray y = forward(x, recorder);
            NDScope.unregister(y);
            return y;
        }
    }

    /**
     * Applies modules one after another, freeing each one's intermediates and the previous output as soon as
     * the next output exists (the skeletons' cell loops).
     */
    public static NDArray forwardChain(NDArray x, Module[] chain, ActivationRecorder recorder) {
        NDArray y = x;
        for (Module m : chain) {
            NDArray next = m.forwardReleasingIntermediates(y, recorder);
            if (y != x && next != y) {
                y.close();
            }
            y = next;
        }
        return y;
    }

    protected final <M extends Module> M child(String name, M module) {
        children.put(name, module);
        return module;
    }

    protected final Parameter parameter(String name, Shape shape, Parameter.Init init, long fanIn,
                                        boolean trainable) {
        Parameter p = new Parameter(name, shape, init, fanIn, trainable);
        ownParameters.add(p);
        return p;
    }

    /**
     * Marks every ReLU of this subtree as one that runs in the forward pass but whose output does not reach the
     * network's output (a DARTS-family cell's intermediate state that is neither concatenated nor read by a node that
     * is, and everything only such states read). The reference's backward pass never reaches such a module, so its
     * "visited" flag is never set and its forward hook never counts it: {@link ActivationRecorder#recordUnreached}.
     */
    public final void markUnreachedByBackward() {
        for (Module m : modules()) {
            if (m instanceof ReLU r) {
                r.setUnreachedByBackward();
            }
        }
    }

    /** Every module in the tree, depth first (this one first), e.g. to apply a reference init policy. */
    public final java.util.List<Module> modules() {
        java.util.List<Module> out = new ArrayList<>();
        out.add(this);
        for (Module c : children.values()) {
            out.addAll(c.modules());
        }
        return out;
    }

    /** All parameters and buffers in registration order, keyed by their state_dict name. */
    public final Map<String, Parameter> stateDict() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        collect("", out);
        return out;
    }

    private void collect(String prefix, Map<String, Parameter> out) {
        for (Parameter p : ownParameters) {
            out.put(prefix + p.name(), p);
        }
        for (Map.Entry<String, Module> c : children.entrySet()) {
            c.getValue().collect(prefix + c.getKey() + ".", out);
        }
    }

    /** Number of trainable values (what PyTorch's sum(p.numel() for p in parameters()) gives). */
    public final long trainableParameterCount() {
        long n = 0;
        for (Parameter p : stateDict().values()) {
            if (p.trainable()) {
                n += p.shape().size();
            }
        }
        return n;
    }
}
