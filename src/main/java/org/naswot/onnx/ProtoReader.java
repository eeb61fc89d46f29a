package org.naswot.onnx;

import java.nio.charset.StandardCharsets;

/**
 * Protocol Buffers wire format (varints, fixed 32/64-bit values, length-delimited fields) over one byte array: what
 * reading an ONNX file needs, without generated code or a protobuf dependency. A field that runs past its message's
 * end (a truncated or corrupt file) is a {@link MalformedProtoException} naming the byte offset.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] bytes;
    private int position;
    private final int limit;
    private int lastTag;

    ProtoReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    private ProtoReader(byte[] bytes, int start, int limit) {
        this.bytes = bytes;
        this.position = start;
        this.limit = limit;
    }

    /** Thrown for bytes that are not a well-formed message. */
    static final class MalformedProtoException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedProtoException(String message) {
            super(message);
        }
    }

    boolean hasMore() {
        return position < limit;
    }

    /** Reads the next field's tag; {@link #field()} and {@link #wireType()} then describe it. */
    int nextTag() {
        long tag = varint();
        if (tag >>> 3 == 0 || tag > Integer.MAX_VALUE) {
            throw malformed("invalid field tag " + tag);
        }
        lastTag = (int) tag;
        return lastTag;
    }

    int field() {
        return lastTag >>> 3;
    }

    int wireType() {
        return lastTag & 7;
    }

    long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = readByte();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw malformed("varint longer than 10 bytes");
    }

    int fixed32() {
        require(4);
        int v = (bytes[position] & 0xFF) | (bytes[position + 1] & 0xFF) << 8 | (bytes[position + 2] & 0xFF) << 16
                | (bytes[position + 3] & 0xFF) << 24;
        position += 4;
        return v;
    }

    long fixed64() {
        long low = fixed32() & 0xFFFFFFFFL;
        long high = fixed32() & 0xFFFFFFFFL;
        return low | high << 32;
    }

    float float32() {
        return Float.intBitsToFloat(fixed32());
    }

    /** A length-delimited field as a reader of its own bytes (a sub-message or a packed array). */
    ProtoReader message() {
        int length = length();
        ProtoReader sub = new ProtoReader(bytes, position, position + length);
        position += length;
        return sub;
    }

    byte[] bytes() {
        int length = length();
        byte[] out = java.util.Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    String string() {
        int length = length();
        String s = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return s;
    }

    /** Skips the current field's value, whatever its wire type. */
    void skip() {
        switch (wireType()) {
            case VARINT -> varint();
            case FIXED64 -> advance(8);
            case LENGTH_DELIMITED -> advance(length());
            case FIXED32 -> advance(4);
            default -> throw malformed("unsupported wire type " + wireType());
        }
    }

    /** A repeated int64 field: packed (one length-delimited run) or one varint per occurrence. */
    void int64s(java.util.List<Long> into) {
        if (wireType() == LENGTH_DELIMITED) {
            ProtoReader packed = message();
            while (packed.hasMore()) {
                into.add(packed.varint());
            }
        } else {
            into.add(varint());
        }
    }

    /** A repeated float field: packed or one fixed32 per occurrence. */
    void floats(FloatList into) {
        if (wireType() == LENGTH_DELIMITED) {
            ProtoReader packed = message();
            while (packed.hasMore()) {
                into.add(packed.float32());
            }
        } else {
            into.add(float32());
        }
    }

    /** A growable float array (repeated float fields can hold millions of values). */
    static final class FloatList {
        private float[] values = new float[16];
        private int size;

        void add(float v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }

        int size() {
            return size;
        }
    }

    private int length() {
        long n = varint();
        if (n < 0 || n > limit - position) {
            throw malformed("a field of " + n + " bytes runs past the end of its message (" + (limit - position)
                    + " bytes left)");
        }
        return (int) n;
    }

    private void advance(int n) {
        require(n);
        position += n;
    }

    private byte readByte() {
        require(1);
        return bytes[position++];
    }

    private void require(int n) {
        if (limit - position < n) {
            throw malformed("the data ends inside a field");
        }
    }

    private MalformedProtoException malformed(String what) {
        return new MalformedProtoException(what + " at byte " + position);
    }
}
