package org.naswot.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;

/**
 * Scoring batches for ImageNet16-120 from the official downsampled-ImageNet files
 * {@code <data-dir>/imagenet16/train_data_batch_1..10}: the images of classes 1..120 of all files, numbered in
 * file order (batch 1, 2, ..., 10), are the pool; {@code batchSize} of them are drawn without replacement with
 * the same seeded partial Fisher-Yates as {@link BatchSampler}, and normalised with the exact float32
 * arithmetic of {@link Normalisation} (torchvision ToTensor + Normalize).
 */
public final class ImageNet16Sampler {
    public static final String DATASET_ID = "imagenet16-120";
    public static final String FOLDER = "imagenet16";
    private static final Pattern TRAIN_FILE = Pattern.compile("train_data_batch_(\\d+)");

    private ImageNet16Sampler() {
    }

    public static Path folder(DataDirectory dir) {
        return dir.resolve(FOLDER);
    }

    /** The {@code train_data_batch_N} files of a folder, by N; empty when the folder is missing. */
    public static List<Path> batchFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Files.isRegularFile(p) && TRAIN_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(ImageNet16Sampler::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public static String missingMessage(Path folder) {
        return "ImageNet16-120 images not found in " + folder + ": put the official ImageNet16 files "
                + "train_data_batch_1 .. train_data_batch_10 (the pickled downsampled-ImageNet 16x16 batches that "
                + "NAS-Bench-201 uses) there, or use --input noise";
    }

    public static DrawnBatch draw(DataDirectory dir, Normalisation normalisation, int batchSize, long seed) {
        if (normalisation.channels() != 3) {
            throw new IllegalArgumentException("ImageNet16 images have 3 channels, the normalisation has "
                    + normalisation.channels());
        }
        Path folder = folder(dir);
        List<Path> files = batchFiles(folder);
        if (files.isEmpty()) {
            throw new UserFacingException(missingMessage(folder));
        }
        List<ImageNet16Reader.Images> parts = new ArrayList<>();
        int total = 0;
        for (Path f : files) {
            ImageNet16Reader.Images images = ImageNet16Reader.read(f);
            parts.add(images);
            total += images.count();
        }
        if (total < batchSize) {
            throw new UserFacingException("only " + String.format(Locale.ROOT, "%,d", total) + " ImageNet16-120 "
                    + "images (classes 1..120) in " + folder + ", fewer than the batch size " + batchSize
                    + ": add the other train_data_batch files or lower --batch-size");
        }
        int[] pool = new int[total];
        for (int i = 0; i < total; i++) {
            pool[i] = i;
        }
        int[] chosen = BatchSampler.drawWithoutReplacement(pool, batchSize, seed);
        int pixels = ImageNet16Reader.PIXELS;
        float[] out = new float[batchSize * pixels];
        int[] labels = new int[batchSize];
        byte[] image = new byte[pixels];
        for (int n = 0; n < batchSize; n++) {
            int index = chosen[n];
            int part = 0;
            while (index >= parts.get(part).count()) {
                index -= parts.get(part).count();
                part++;
            }
            ImageNet16Reader.Images p = parts.get(part);
            System.arraycopy(p.pixels(), index * pixels, image, 0, pixels);
            normalisation.apply(image, out, n * pixels);
            labels[n] = p.labels()[index];
        }
        String description = String.format(Locale.ROOT, "%s, %d images from %,d training images (classes 1..120) "
                + "in %d file(s), seed %d", DATASET_ID, batchSize, total, files.size(), seed);
        ImageBatch batch = new ImageBatch(out, batchSize, 3, ImageNet16Reader.SIDE, ImageNet16Reader.SIDE, labels,
                description);
        return new DrawnBatch(batch, chosen, List.of());
    }

    private static int number(Path p) {
        Matcher m = TRAIN_FILE.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
