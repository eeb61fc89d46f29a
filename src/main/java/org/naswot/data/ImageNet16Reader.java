package org.naswot.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.naswot.common.UserFacingException;
import org.naswot.data.pickle.NumpyArray;
import org.naswot.data.pickle.PythonPickles;

/**
 * Reads the downsampled-ImageNet 16x16 batch files ({@code train_data_batch_1..10}, {@code valid_data}): a
 * pickle of {'data': uint8 ndarray [N, 768] (16x16 R plane, G plane, B plane; 3072 would be the 32x32 variant), 'labels': list of ints 1..1000}.
 * Like NAS-Bench-201's ImageNet16-120 it keeps only labels 1..120 and maps them to 0..119.
 */
public final class ImageNet16Reader {
    public static final int CLASSES = 120;
    public static final int SIDE = 16;
    public static final int PIXELS = 3 * SIDE * SIDE;

    private ImageNet16Reader() {
    }

    /** Images of one batch file, pixels in CHW uint8 order per image. */
    public record Images(int count, byte[] pixels, int[] labels) {
        /** Normalised NCHW batch of the chosen images: (x - mean) / std per channel, pixel values 0..255. */
        public ImageBatch toBatch(int[] indices, double[] mean, double[] std, String description) {
            float[] out = new float[indices.length * PIXELS];
            int[] lab = new int[indices.length];
            for (int n = 0; n < indices.length; n++) {
                int src = indices[n] * PIXELS;
                for (int i = 0; i < PIXELS; i++) {
                    int c = i / (SIDE * SIDE);
                    out[n * PIXELS + i] = (float) (((pixels[src + i] & 0xff) - mean[c]) / std[c]);
                }
                lab[n] = labels[indices[n]];
            }
            return new ImageBatch(out, indices.length, 3, SIDE, SIDE, lab, description);
        }
    }

    public static Images read(Path file) {
        Object root;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            root = PythonPickles.load(in);
        } catch (IOException e) {
            throw new UserFacingException(file + ": not a readable ImageNet16 batch pickle (" + e.getMessage() + ")", e);
        }
        if (!(root instanceof Map<?, ?> dict)) {
            throw new UserFacingException(file + ": expected a pickled dict with 'data' and 'labels'");
        }
        if (!(dict.get("data") instanceof NumpyArray data)) {
            throw new UserFacingException(file + ": 'data' is not a numpy array");
        }
        if (!(dict.get("labels") instanceof List<?> labels)) {
            throw new UserFacingException(file + ": 'labels' is not a list");
        }
        int[] shape = data.shape();
        if (shape.length != 2 || shape[1] != PIXELS || data.dtype().kind() != 'u' || data.dtype().itemSize() != 1
                || data.fortranOrder()) {
            throw new UserFacingException(file + ": 'data' is " + data + ", expected a C-order uint8 array [N, "
                    + PIXELS + "]");
        }
        if (labels.size() != shape[0] || data.data().length != (long) shape[0] * PIXELS) {
            throw new UserFacingException(file + ": " + shape[0] + " images but " + labels.size() + " labels and "
                    + data.data().length + " pixel bytes");
        }
        return keepFirstClasses(file, data.data(), labels);
    }

    private static Images keepFirstClasses(Path file, byte[] all, List<?> labels) {
        int kept = 0;
        int[] mapped = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            if (!(labels.get(i) instanceof Number n)) {
                throw new UserFacingException(file + ": label " + i + " is not an integer");
            }
            int label = n.intValue();
            if (label < 1 || label > 1000) {
                throw new UserFacingException(file + ": label " + i + " is " + label + ", expected 1..1000");
            }
            mapped[i] = label <= CLASSES ? label - 1 : -1;
            if (mapped[i] >= 0) {
                kept++;
            }
        }
        byte[] pixels = new byte[kept * PIXELS];
        int[] out = new int[kept];
        int k = 0;
        for (int i = 0; i < mapped.length; i++) {
            if (mapped[i] >= 0) {
                System.arraycopy(all, i * PIXELS, pixels, k * PIXELS, PIXELS);
                out[k++] = mapped[i];
            }
        }
        return new Images(kept, pixels, out);
    }
}
