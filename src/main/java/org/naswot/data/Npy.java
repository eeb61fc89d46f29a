package org.naswot.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.naswot.common.UserFacingException;

/**
 * Plain-Java reader and writer of NumPy's .npy format (versions 1.0, 2.0 and 3.0; little-endian, C order)
 * and reader of .npz archives (a zip of .npy members, stored or deflated). Only the dtypes of
 * {@link NpyDtype} are supported, which covers the golden reference files and batch files.
 *
 * <p>Format: magic {@code \x93NUMPY}, major and minor version bytes, header length (uint16 in 1.0, uint32
 * from 2.0), then an ASCII Python dict literal ({@code {'descr': '<f4', 'fortran_order': False,
 * 'shape': (128, 3, 32, 32), }}) padded with spaces and a newline, then the raw data.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** NumPy pads the preamble to a multiple of 64 bytes so the data is aligned for memory mapping. */
    private static final int ALIGNMENT = 64;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** One member of an .npz archive; {@code name} is the member name without its ".npy" suffix. */
    public record Entry(String name, NpyArray array) {
    }

    public static NpyArray read(Path file) {
        return read(readAll(file), file.toString());
    }

    /** Parses the bytes of a whole .npy file; {@code source} names it in error messages. */
    public static NpyArray read(byte[] bytes, String source) {
        if (bytes.length < MAGIC.length + 4 || !startsWithMagic(bytes)) {
            throw new UserFacingException(source + ": not a NumPy .npy file (bad magic bytes; expected \\x93NUMPY)");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6] & 0xFF;
        buf.position(8);
        long headerLength;
        if (major == 1) {
            headerLength = buf.getShort() & 0xFFFF;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw truncated(source, "the header length is cut off");
            }
            headerLength = buf.getInt() & 0xFFFFFFFFL;
        } else {
            throw new UserFacingException(source + ": unsupported .npy format version " + major + "."
                    + (bytes[7] & 0xFF) + " (supported: 1.0, 2.0, 3.0)");
        }
        int dataStart = buf.position() + (int) Math.min(headerLength, Integer.MAX_VALUE);
        if (headerLength > bytes.length - buf.position()) {
            throw truncated(source, "the header says " + headerLength + " bytes but the file ends first");
        }
        String header = new String(bytes, buf.position(), (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Header h = parseHeader(header, source);
        long count;
        try {
            count = NpyArray.elementCount(h.shape);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(source + ": " + e.getMessage());
        }
        long needed = count * h.dtype.bytes();
        long present = bytes.length - (long) dataStart;
        if (present < needed) {
            throw truncated(source, "shape " + shapeText(h.shape) + " of " + h.dtype.descr() + " needs " + needed
                    + " data bytes, only " + present + " present");
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, (int) needed).slice().order(ByteOrder.LITTLE_ENDIAN);
        return decode(h, (int) count, data);
    }

    /** Reads every member of an .npz archive, in the order the members are stored in the file. */
    public static List<Entry> readNpz(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(file + ": file not found (expected a NumPy .npz archive)");
        }
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                String name = e.getName().endsWith(".npy")
                        ? e.getName().substring(0, e.getName().length() - 4) : e.getName();
                entries.add(new Entry(name, read(bytes, file + "!" + e.getName())));
            }
        } catch (IOException e) {
            throw new UserFacingException(file + ": not a readable .npz (zip) archive (" + e.getMessage()
                    + "); re-create it with numpy.savez", e);
        }
        return entries;
    }

    /** Writes {@code array} as a version 1.0 .npy file (2.0 if the header is too long for 1.0). */
    public static void write(Path file, NpyArray array) {
        try {
            Files.write(file, toBytes(array));
        } catch (IOException e) {
            throw new UserFacingException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static byte[] toBytes(NpyArray array) {
        NpyDtype dtype = NpyDtype.of(array.dtype());
        String dict = "{'descr': '" + dtype.descr() + "', 'fortran_order': False, 'shape': "
                + pythonTuple(array.shape()) + ", }";
        int major = dict.length() + 1 + MAGIC.length + 4 <= 0xFFFF ? 1 : 2;
        int preambleFixed = MAGIC.length + 2 + (major == 1 ? 2 : 4);
        int unpadded = preambleFixed + dict.length() + 1;
        int padding = (ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT;
        String header = dict + " ".repeat(padding) + "\n";
        int count = array.size();
        ByteBuffer out = ByteBuffer.allocate(preambleFixed + header.length() + count * dtype.bytes())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) header.length());
        } else {
            out.putInt(header.length());
        }
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < count; i++) {
            switch (dtype) {
                case FLOAT32 -> out.putFloat(array.floats()[i]);
                case FLOAT64 -> out.putDouble(array.doubles()[i]);
                case INT64 -> out.putLong(array.longs()[i]);
                case INT32 -> out.putInt(Math.toIntExact(array.longs()[i]));
                case UINT8 -> out.put(toUnsignedByte(array.longs()[i]));
            }
        }
        return out.array();
    }

    private record Header(NpyDtype dtype, int[] shape) {
    }

    private static Header parseHeader(String header, String source) {
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new UserFacingException(source + ": malformed .npy header '" + header.trim()
                    + "' (needs descr, fortran_order and shape)");
        }
        NpyDtype dtype = NpyDtype.find(descr.group(1));
        if (dtype == null) {
            throw new UserFacingException(source + ": unsupported dtype '" + descr.group(1)
                    + "' (supported: <f4, <f8, <i8, <i4, |u1; save little-endian, e.g. arr.astype('<f4'))");
        }
        if (fortran.group(1).equals("True")) {
            throw new UserFacingException(source + ": array is stored in Fortran order; save it with "
                    + "numpy.ascontiguousarray(arr) first");
        }
        List<Integer> dims = new ArrayList<>();
        for (String part : shape.group(1).split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                dims.add(Integer.parseInt(p.endsWith("L") ? p.substring(0, p.length() - 1) : p));
            } catch (NumberFormatException e) {
                throw new UserFacingException(source + ": malformed shape '(" + shape.group(1) + ")' in .npy header");
            }
        }
        return new Header(dtype, dims.stream().mapToInt(Integer::intValue).toArray());
    }

    private static NpyArray decode(Header h, int count, ByteBuffer data) {
        switch (h.dtype.storage()) {
            case FLOAT -> {
                float[] v = new float[count];
                data.asFloatBuffer().get(v);
                return new NpyArray(h.shape, h.dtype.descr(), v, null, null);
            }
            case DOUBLE -> {
                double[] v = new double[count];
                data.asDoubleBuffer().get(v);
                return new NpyArray(h.shape, h.dtype.descr(), null, v, null);
            }
            default -> {
                long[] v = new long[count];
                switch (h.dtype) {
                    case INT64 -> data.asLongBuffer().get(v);
                    case INT32 -> {
                        for (int i = 0; i < count; i++) {
                            v[i] = data.getInt(4 * i);
                        }
                    }
                    default -> {
                        for (int i = 0; i < count; i++) {
                            v[i] = data.get(i) & 0xFF;
                        }
                    }
                }
                return new NpyArray(h.shape, h.dtype.descr(), null, null, v);
            }
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(file + ": file not found (expected a NumPy .npy file)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static UserFacingException truncated(String source, String detail) {
        return new UserFacingException(source + ": truncated .npy file (" + detail + "); copy or save it again");
    }

    private static byte toUnsignedByte(long v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("value " + v + " does not fit dtype |u1");
        }
        return (byte) v;
    }

    private static String pythonTuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return "(" + shapeText(shape).substring(1, shapeText(shape).length() - 1) + ")";
    }

    private static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(']').toString();
    }
}
