package org.naswot.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

import org.naswot.common.UserFacingException;

/**
 * Sequential reader of TensorFlow's TFRecord framing: uint64 length, uint32 masked CRC32C of the length bytes,
 * data, uint32 masked CRC32C of the data (all little endian). Both checksums are verified; errors name the
 * file and the byte offset where the bad record starts.
 */
public final class TfRecordReader {
    private static final long MAX_RECORD = 1L << 30;

    private final InputStream in;
    private final String file;
    private long offset;
    private long recordStart;

    public TfRecordReader(InputStream in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Byte offset where the record last returned by {@link #next()} starts. */
    public long recordOffset() {
        return recordStart;
    }

    /** Next record's data, or null at a clean end of file. */
    public byte[] next() throws IOException {
        recordStart = offset;
        byte[] header = new byte[12];
        int got = in.readNBytes(header, 0, 12);
        if (got == 0) {
            return null;
        }
        if (got < 12) {
            throw bad("truncated record header");
        }
        offset += 12;
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long length = h.getLong(0);
        int lengthCrc = h.getInt(8);
        if (maskedCrc(header, 0, 8) != lengthCrc) {
            throw bad("length CRC mismatch");
        }
        if (length < 0 || length > MAX_RECORD) {
            throw bad("implausible record length " + Long.toUnsignedString(length));
        }
        byte[] data = new byte[(int) length];
        byte[] footer = new byte[4];
        if (in.readNBytes(data, 0, data.length) < data.length || in.readNBytes(footer, 0, 4) < 4) {
            throw bad("truncated record (" + length + " data bytes announced)");
        }
        offset += length + 4;
        int dataCrc = ByteBuffer.wrap(footer).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (maskedCrc(data, 0, data.length) != dataCrc) {
            throw bad("data CRC mismatch");
        }
        return data;
    }

    /** TensorFlow's mask: rotate right by 15 bits and add a constant, so CRCs of CRCs stay well mixed. */
    static int maskedCrc(byte[] b, int off, int len) {
        CRC32C crc = new CRC32C();
        crc.update(b, off, len);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + 0xa282ead8;
    }

    public UserFacingException bad(String problem) {
        return new UserFacingException(file + ": record at byte offset " + recordStart + ": " + problem);
    }
}
