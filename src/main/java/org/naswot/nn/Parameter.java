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
        /** N(0, scale^2), for networks whose reference code re-initialises its weights (NAS-Bench-101). */
        NORMAL,
        /** BN weight and running variance. */
        ONES,
        /** BN bias and running mean. */
        ZEROS
    }

    private final String name;
    private final Shape shape;
    private Init init;
    private long fanIn;
    private double scale;
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

    /** Standard deviation for {@link Init#NORMAL}. */
    public double scale() {
        return scale;
    }

    /** Replaces PyTorch's default initialisation, as a reference model's own init method does. */
    public void initNormal(double std) {
        this.init = Init.NORMAL;
        this.scale = std;
    }

    /** Initialise to zeros (e.g. biases a reference init method zeroes). */
    public void initZeros() {
        this.init = Init.ZEROS;
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

    /**
     * Replaces the value with one of the same shape, e.g. a double-precision or absolute-valued copy for a
     * zero-cost proxy; the caller owns the old value.
     */
    public void replaceValue(NDArray newValue) {
        if (!newValue.getShape().equals(shape)) {
            throw new IllegalArgumentException("parameter " + name + " has shape " + shape + ", got " + newValue.getShape());
        }
        this.value = newValue;
    }

    void setValue(NDArray value) {
        this.value = value;
    }
}
