package org.naswot.data.pickle;

import java.util.Arrays;

/**
 * A numpy ndarray rebuilt from {@code numpy.core.multiarray._reconstruct} + {@code ndarray.__setstate__}:
 * state = (version, shape, dtype, is_fortran, raw bytes). Only numeric arrays (raw bytes) are supported.
 */
public final class NumpyArray {
    private int[] shape = new int[0];
    private NumpyDtype dtype;
    private boolean fortran;
    private byte[] data = new byte[0];

    /** Pyrolite's BUILD hook. */
    public void __setstate__(Object[] state) {
        // protocol-0 era pickles omit the version: (shape, dtype, fortran, data)
        int o = state.length == 5 ? 1 : 0;
        Object[] dims = (Object[]) state[o];
        shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = ((Number) dims[i]).intValue();
        }
        dtype = (NumpyDtype) state[o + 1];
        fortran = Boolean.TRUE.equals(state[o + 2]);
        data = PythonPickles.rawBytes(state[o + 3]);
    }

    public int[] shape() {
        return shape.clone();
    }

    public NumpyDtype dtype() {
        return dtype;
    }

    public boolean fortranOrder() {
        return fortran;
    }

    public long elementCount() {
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** The raw element bytes (not copied: arrays here are hundreds of MB). */
    public byte[] data() {
        return data;
    }

    @Override
    public String toString() {
        return "ndarray" + Arrays.toString(shape) + " " + dtype;
    }
}
