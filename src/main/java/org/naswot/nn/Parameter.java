package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * One entry of a network's state, named as PyTorch's {@code state_dict} names it (e.g.
 * {@code cells.0.layers.1.op.1.weight}), so weights saved by the reference code load by name.
 */
public final class Parameter {

    /** How a parameter is initialised, mirroring PyTorch's defaults for each layer type. */
    public enum Init {
        /** Conv/Linear weight: kaiming_uniform(a=sqrt(5)) = U(-1/sqrt(fan_in), 1/sqrt(fan_in)). */
        FAN_IN_UNIFORM,
        /** BN weight and running variance. */
        ONES,
        /** BN bias and running mean. */
        ZEROS
    }

    private final String name;
    private final Shape shape;
    private final Init init;
    private final long fanIn;
    private final boolean trainable;
    private NDArray value;

    Parameter(String name, Shape shape, Init init, long fanIn, boolean trainable) {
        this.name = name;
        this.shape = shape;
        this.init = init;
        this.fanIn = fanIn;
        this.trainable = trainable;
    }

    public String name() {
        return name;
    }

    public Shape shape() {
        return shape;
    }

    public Init init() {
        return init;
    }

    public long fanIn() {
        return fanIn;
    }

    /** Trainable parameters count towards the benchmark's parameter count; buffers (running stats) do not. */
    public boolean trainable() {
        return trainable;
    }

    public NDArray value() {
        if (value == null) {
            throw new IllegalStateException("parameter " + name + " has no value: initialise or load the network first");
        }
        return value;
    }

    void setValue(NDArray value) {
        this.value = value;
    }
}
