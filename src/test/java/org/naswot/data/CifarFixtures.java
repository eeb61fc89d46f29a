package org.naswot.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small CIFAR record files whose bytes encode the image's global index, so index mapping is checkable. */
final class CifarFixtures {
    private CifarFixtures() {
    }

    /** Writes {@code count} records for global indices first..first+count-1 (labels index % classes). */
    static Path write(Path file, CifarFormat format, int first, int count) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] all = new byte[count * format.recordBytes()];
        for (int r = 0; r < count; r++) {
            int index = first + r;
            int base = r * format.recordBytes();
            if (format == CifarFormat.CIFAR100) {
                all[base] = (byte) (index % 20);
            }
            all[base + format.labelBytes() - 1] = (byte) (index % format.classes());
            byte[] pixels = pixels(index);
            System.arraycopy(pixels, 0, all, base + format.labelBytes(), pixels.length);
        }
        Files.write(file, all);
        return file;
    }

    static byte[] pixels(int index) {
        byte[] p = new byte[CifarFormat.PIXEL_BYTES];
        p[0] = (byte) (index >> 16);
        p[1] = (byte) (index >> 8);
        p[2] = (byte) index;
        for (int i = 3; i < p.length; i++) {
            p[i] = (byte) (index * 31 + i);
        }
        return p;
    }

    static int indexEncodedIn(byte[] pixels) {
        return ((pixels[0] & 0xFF) << 16) | ((pixels[1] & 0xFF) << 8) | (pixels[2] & 0xFF);
    }
}
