package org.naswot.data.pickle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * Pyrolite set up for the pickles NAS benchmarks ship: OrderedDict, numpy scalars, dtypes and arrays.
 * Pyrolite's constructor registry is global, so every reader in the tool registers through here and they
 * all agree on one dtype class. Used by the ImageNet16 reader and the NATS-Bench importer.
 */
public final class PythonPickles {
    private static final String[] NUMPY_CORE = {"numpy.core.multiarray", "numpy._core.multiarray"};

    static {
        IObjectConstructor orderedDict = args -> new LinkedHashMap<Object, Object>();
        Unpickler.registerConstructor("collections", "OrderedDict", orderedDict);
        Unpickler.registerConstructor("numpy", "dtype", args -> new NumpyDtype((String) args[0]));
        for (String module : NUMPY_CORE) {
            Unpickler.registerConstructor(module, "scalar", PythonPickles::scalar);
            Unpickler.registerConstructor(module, "_reconstruct", args -> new NumpyArray());
        }
    }

    private PythonPickles() {
    }

    /** Reads one pickle from the stream (not closed). */
    public static Object load(InputStream in) throws IOException {
        Unpickler u = new Unpickler();
        try {
            return u.load(in);
        } catch (PickleException | ClassCastException | IndexOutOfBoundsException e) {
            throw new IOException("not a readable pickle: " + e.getMessage(), e);
        } finally {
            u.close();
        }
    }

    /** numpy.core.multiarray.scalar(dtype, raw bytes) as a Java Double/Long/Boolean. */
    static Object scalar(Object[] args) {
        NumpyDtype dtype = (NumpyDtype) args[0];
        ByteBuffer b = ByteBuffer.wrap(rawBytes(args[1])).order(dtype.byteOrder());
        return switch (dtype.kind()) {
            case 'f' -> switch (dtype.itemSize()) {
                case 8 -> b.getDouble();
                case 4 -> (double) b.getFloat();
                default -> throw new PickleException("unsupported numpy float size " + dtype.code());
            };
            case 'i' -> switch (dtype.itemSize()) {
                case 1 -> (long) b.get();
                case 2 -> (long) b.getShort();
                case 4 -> (long) b.getInt();
                case 8 -> b.getLong();
                default -> throw new PickleException("unsupported numpy int size " + dtype.code());
            };
            case 'u' -> switch (dtype.itemSize()) {
                case 1 -> (long) (b.get() & 0xff);
                case 2 -> (long) (b.getShort() & 0xffff);
                case 4 -> b.getInt() & 0xffffffffL;
                case 8 -> b.getLong();
                default -> throw new PickleException("unsupported numpy uint size " + dtype.code());
            };
            case 'b' -> b.get() != 0;
            default -> throw new PickleException("unsupported numpy scalar type " + dtype.code());
        };
    }

    /** Python 3 bytes arrive as byte[]; Python 2 str (protocol 2, latin-1 loaded) as a String of byte values. */
    static byte[] rawBytes(Object o) {
        if (o instanceof byte[] b) {
            return b;
        }
        if (o instanceof String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        throw new PickleException("expected raw bytes, got " + (o == null ? "None" : o.getClass().getSimpleName()));
    }

    /**
     * Makes unpickled values usable as Java map keys: Python tuples arrive as Object[] (identity hashCode), so
     * tuples become Lists, recursively through maps and lists.
     */
    public static Object normalize(Object o) {
        if (o instanceof Object[] tuple) {
            List<Object> out = new ArrayList<>(tuple.length);
            for (Object x : tuple) {
                out.add(normalize(x));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(normalize(e.getKey()), normalize(e.getValue()));
            }
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(normalize(x));
            }
            return out;
        }
        return o;
    }
}
