package org.naswot.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a scoring batch by what the network sees: SHA-256 over its shape (n, c, h, w as 32-bit integers) and its
 * float32 values (little-endian IEEE bits), in NCHW order. Equal digests mean equal inputs whichever file, image pool
 * or noise generator produced them, so stored scores are reused exactly when they would be recomputed the same.
 */
public final class BatchDigest {
    private BatchDigest() {
    }

    public static String of(ImageBatch batch) {
        MessageDigest sha = sha256();
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(batch.size()).putInt(batch.channels()).putInt(batch.height()).putInt(batch.width());
        for (float v : batch.pixels()) {
            if (buf.remaining() < Float.BYTES) {
                sha.update(buf.array(), 0, buf.position());
                buf.clear();
            }
            buf.putInt(Float.floatToRawIntBits(v));
        }
        sha.update(buf.array(), 0, buf.position());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
