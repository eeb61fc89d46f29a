package org.naswot.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.naswot.common.UserFacingException;

/**
 * Loads a ready-made input batch from a .npy file ({@code --batch F.npy}): float32, shape [B, C, H, W],
 * already normalised. Labels come from a sibling {@code <name>_labels.npy} (integer, length B) when one
 * exists, as in the golden folder's batch.npy / batch_labels.npy; otherwise they are -1.
 */
public final class BatchFiles {
    private BatchFiles() {
    }

    public static ImageBatch loadNpy(Path file) {
        NpyArray array = Npy.read(file);
        if (!array.dtype().equals("<f4") || array.rank() != 4) {
            throw new UserFacingException(file + ": a batch file must be float32 with shape [batch, channels, "
                    + "height, width], got " + array.dtype() + " " + array.shapeText()
                    + "; save it with numpy.save(f, x.astype('float32'))");
        }
        int[] s = array.shape();
        if (s[0] < 1) {
            throw new UserFacingException(file + ": the batch is empty (shape " + array.shapeText() + ")");
        }
        float[] values = array.floats();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                int perImage = s[1] * s[2] * s[3];
                int image = i / perImage;
                int rest = i % perImage;
                throw new UserFacingException(file + ": value " + values[i] + " at [" + image + ", "
                        + rest / (s[2] * s[3]) + ", " + (rest / s[3]) % s[2] + ", " + rest % s[3]
                        + "]; a batch must hold finite numbers");
            }
        }
        return new ImageBatch(values, s[0], s[1], s[2], s[3], labels(file, s[0]),
                "batch file " + file.getFileName() + " (" + s[0] + "x" + s[1] + "x" + s[2] + "x" + s[3] + ")");
    }

    /** As {@link #loadNpy(Path)}, and checks that the images fit a network for {@code channels}x{@code imageSize}². */
    public static ImageBatch loadNpy(Path file, int channels, int imageSize) {
        ImageBatch batch = loadNpy(file);
        if (batch.channels() != channels || batch.height() != imageSize || batch.width() != imageSize) {
            String nhwc = batch.width() == channels ? " (channels last? transpose with x.transpose(0, 3, 1, 2))" : "";
            throw new UserFacingException(file + ": expected a float32 batch of shape [B, " + channels + ", "
                    + imageSize + ", " + imageSize + "] (NCHW), found [" + batch.size() + ", " + batch.channels()
                    + ", " + batch.height() + ", " + batch.width() + "]" + nhwc);
        }
        return batch;
    }

    private static int[] labels(Path file, int size) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
        Path sibling = file.resolveSibling(stem + "_labels.npy");
        int[] labels = new int[size];
        Arrays.fill(labels, -1);
        if (Files.isRegularFile(sibling)) {
            NpyArray l = Npy.read(sibling);
            if (l.longs() == null || l.size() != size) {
                throw new UserFacingException(sibling + ": labels must be integers, one per image (" + size
                        + "), got " + l.dtype() + " " + l.shapeText() + "; fix or remove the file");
            }
            for (int i = 0; i < size; i++) {
                labels[i] = Math.toIntExact(l.longs()[i]);
            }
        }
        return labels;
    }
}
