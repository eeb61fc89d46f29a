package org.naswot.data;

import java.util.Locale;

/** The NumPy dtypes this project reads and writes: little-endian floats and integers, single bytes. */
enum NpyDtype {
    FLOAT32("<f4", 4, Storage.FLOAT),
    FLOAT64("<f8", 8, Storage.DOUBLE),
    INT64("<i8", 8, Storage.LONG),
    INT32("<i4", 4, Storage.LONG),
    UINT8("|u1", 1, Storage.LONG);

    /** Which Java array of {@link NpyArray} holds values of this dtype. */
    enum Storage { FLOAT, DOUBLE, LONG }

    private final String descr;
    private final int bytes;
    private final Storage storage;

    NpyDtype(String descr, int bytes, Storage storage) {
        this.descr = descr;
        this.bytes = bytes;
        this.storage = storage;
    }

    String descr() {
        return descr;
    }

    int bytes() {
        return bytes;
    }

    Storage storage() {
        return storage;
    }

    /** Looks a descriptor up; single-byte types may be written with any byte-order mark ('|', '<', '='). */
    static NpyDtype find(String descr) {
        String d = descr.trim().toLowerCase(Locale.ROOT);
        if (d.equals("<u1") || d.equals("=u1") || d.equals("u1")) {
            d = "|u1";
        }
        for (NpyDtype t : values()) {
            if (t.descr.equals(d)) {
                return t;
            }
        }
        return null;
    }

    static NpyDtype of(String descr) {
        NpyDtype t = find(descr);
        if (t == null) {
            throw new IllegalArgumentException("unsupported dtype " + descr);
        }
        return t;
    }
}
