package org.naswot.data.pickle;

import java.nio.ByteOrder;

/**
 * A {@code numpy.dtype} as it comes out of a pickle: REDUCE with ('f8', False, True), then BUILD with the state
 * tuple (version, byte order, ...). Public with a public {@code __setstate__} because Pyrolite finds that
 * method by reflection.
 */
public final class NumpyDtype {
    private final String code;
    private char order = '|';

    NumpyDtype(String code) {
        this.code = code;
    }

    /** Pyrolite's BUILD hook; state[1] is the byte order character. */
    public void __setstate__(Object[] state) {
        if (state.length > 1 && state[1] instanceof String s && !s.isEmpty()) {
            order = s.charAt(0);
        }
    }

    /** Type letter: f float, i signed, u unsigned, b bool. */
    public char kind() {
        return code.charAt(0);
    }

    public int itemSize() {
        return code.length() > 1 ? Integer.parseInt(code.substring(1)) : 1;
    }

    public ByteOrder byteOrder() {
        // '|' (not applicable) and '=' (native) both mean little endian on every machine numpy pickles come from
        return order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "dtype(" + order + code + ")";
    }
}
