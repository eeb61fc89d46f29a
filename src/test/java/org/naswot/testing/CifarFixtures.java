package org.naswot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Small CIFAR-10 binary records and .tar.gz archives that tests build themselves (never the real data). */
public final class CifarFixtures {
    /** One CIFAR-10 record: 1 label byte + 3,072 pixel bytes. */
    public static final int RECORD = 3073;

    private CifarFixtures() {
    }

    /** {@code records} records with deterministic content; labels cycle 0..9. */
    public static byte[] fakeCifar(int records, int salt) {
        byte[] b = new byte[records * RECORD];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + salt);
        }
        for (int r = 0; r < records; r++) {
            b[r * RECORD] = (byte) (r % 10);
        }
        return b;
    }

    /** A gzip-compressed tar holding the given members. */
    public static byte[] tarGz(String[] names, byte[][] contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            for (int i = 0; i < names.length; i++) {
                TarArchiveEntry e = new TarArchiveEntry(names[i], true);
                e.setSize(contents[i].length);
                tar.putArchiveEntry(e);
                tar.write(contents[i]);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
