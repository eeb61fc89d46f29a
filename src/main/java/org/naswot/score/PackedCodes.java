package org.naswot.score;

import java.nio.ByteBuffer;

/**
 * One ReLU's binary codes packed 64 units to a long, one row per image, and the Hamming distances of all pairs of
 * rows by popcount of XOR: the agreement count of images a and b is units - popcount(code_a ^ code_b). Integer
 * arithmetic, so exact; on the CPU it replaces the float S S^T product (128 x 128 x units multiply-adds) by a
 * 64th as many XOR-popcounts on half the pairs.
 */
final class PackedCodes {
    /**
     * Gathers the lowest bit of each of 8 bytes (each 0 or 1) into one byte: a bijection of the 256 patterns,
     * no carries between the partial products.
     */
    private static final long GATHER = 0x0102040810204080L;
    /** Rows are padded to a multiple of this with zero codes, so the pair loop needs no remainder case. */
    private static final int BLOCK = 4;
    private final long[] bits;
    private final int images;
    private final int rows;
    private final int words;
    private final long units;

    private PackedCodes(long[] bits, int images, int rows, int words, long units) {
        this.bits = bits;
        this.images = images;
        this.rows = rows;
        this.words = words;
        this.units = units;
    }

    /**
     * @param codes images x units bytes, each 0 or 1 (a boolean tensor's memory), image after image
     */
    static PackedCodes pack(ByteBuffer codes, int images, long units) {
        if (units * images > codes.capacity()) {
            throw new IllegalArgumentException(images + " x " + units + " codes, but " + codes.capacity() + " bytes");
        }
        int words = (int) ((units + 63) >>> 6);
        int rows = (images + BLOCK - 1) / BLOCK * BLOCK;
        long[] bits = new long[rows * words];
        int full = (int) (units >>> 6);
        int tail = (int) (units & 63);
        for (int a = 0; a < images; a++) {
            int at = (int) (a * units);
            int row = a * words;
            for (int w = 0; w < full; w++, at += 64) {
                long word = 0;
                for (int j = 0; j < 8; j++) {
                    word |= ((codes.getLong(at + 8 * j) * GATHER) >>> 56) << (8 * j);
                }
                bits[row + w] = word;
            }
            if (tail > 0) {
                long word = 0;
                for (int u = 0; u < tail; u++) {
                    word |= (long) (codes.get(at + u) & 1) << u;
                }
                bits[row + full] = word;
            }
        }
        return new PackedCodes(bits, images, rows, words, units);
    }

    long units() {
        return units;
    }

    /**
     * Adds {@code weight} x the Hamming distance of every pair (a, b) with b &ge; a, in 4 x 4 blocks (one load of
     * 8 words serves 16 pairs), to {@code distances} (images x images, row-major; the lower triangle below the
     * diagonal blocks is left to {@link #symmetric}).
     */
    void addDistances(long[] distances, long weight) {
        long[] block = new long[BLOCK * BLOCK];
        for (int ia = 0; ia < rows; ia += BLOCK) {
            for (int jb = ia; jb < rows; jb += BLOCK) {
                java.util.Arrays.fill(block, 0);
                distances4x4(ia, jb, block);
                for (int i = 0; i < BLOCK && ia + i < images; i++) {
                    for (int j = 0; j < BLOCK && jb + j < images; j++) {
                        distances[(ia + i) * images + jb + j] += weight * block[i * BLOCK + j];
                    }
                }
            }
        }
    }

    /** Copies the upper triangle onto the lower one (the pair loop fills b &ge; a only, up to whole blocks). */
    static void symmetric(long[] distances, int images) {
        for (int a = 0; a < images; a++) {
            for (int b = 0; b < a; b++) {
                distances[a * images + b] = distances[b * images + a];
            }
        }
    }

    private void distances4x4(int ia, int jb, long[] out) {
        long[] p = bits;
        int a0 = ia * words;
        int a1 = a0 + words;
        int a2 = a1 + words;
        int a3 = a2 + words;
        int b0 = jb * words;
        int b1 = b0 + words;
        int b2 = b1 + words;
        int b3 = b2 + words;
        // 16 separate sums keep the popcounts independent (int: at most 64 x words each)
        int s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        int s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int w = 0; w < words; w++) {
            long x0 = p[a0 + w];
            long x1 = p[a1 + w];
            long x2 = p[a2 + w];
            long x3 = p[a3 + w];
            long y0 = p[b0 + w];
            long y1 = p[b1 + w];
            long y2 = p[b2 + w];
            long y3 = p[b3 + w];
            s00 += Long.bitCount(x0 ^ y0);
            s01 += Long.bitCount(x0 ^ y1);
            s02 += Long.bitCount(x0 ^ y2);
            s03 += Long.bitCount(x0 ^ y3);
            s10 += Long.bitCount(x1 ^ y0);
            s11 += Long.bitCount(x1 ^ y1);
            s12 += Long.bitCount(x1 ^ y2);
            s13 += Long.bitCount(x1 ^ y3);
            s20 += Long.bitCount(x2 ^ y0);
            s21 += Long.bitCount(x2 ^ y1);
            s22 += Long.bitCount(x2 ^ y2);
            s23 += Long.bitCount(x2 ^ y3);
            s30 += Long.bitCount(x3 ^ y0);
            s31 += Long.bitCount(x3 ^ y1);
            s32 += Long.bitCount(x3 ^ y2);
            s33 += Long.bitCount(x3 ^ y3);
        }
        out[0] = s00;
        out[1] = s01;
        out[2] = s02;
        out[3] = s03;
        out[4] = s10;
        out[5] = s11;
        out[6] = s12;
        out[7] = s13;
        out[8] = s20;
        out[9] = s21;
        out[10] = s22;
        out[11] = s23;
        out[12] = s30;
        out[13] = s31;
        out[14] = s32;
        out[15] = s33;
    }
}
