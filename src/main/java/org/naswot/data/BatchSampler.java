package org.naswot.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.naswot.common.UserFacingException;

/**
 * Draws the scoring mini-batch as in the paper: {@code batchSize} images uniformly without replacement
 * from the NB201 {@code train} split, restricted to the images present on disk, without augmentation.
 * When fewer split images than the batch size are present (or there is no split) it draws from all
 * available training images instead and says so in {@link DrawnBatch#warnings()}.
 *
 * <p>Determinism: the candidates are sorted by training-set index and a partial Fisher-Yates shuffle
 * driven by {@code new SplittableRandom(seed)} picks the images, so a seed fixes the batch whatever files
 * hold the images and whatever architecture is scored. Images appear in the order drawn.
 */
public final class BatchSampler {

    public static final int DEFAULT_BATCH_SIZE = 128;

    private final CifarReader images;
    private final Nb201Split split;
    private final String splitProblem;
    private final Normalisation normalisation;

    /**
     * @param split        the NB201 split, or null when the dataset has none or it is missing
     * @param splitProblem why a split that should be used is unavailable (shown as a warning), or null
     */
    public BatchSampler(CifarReader images, Nb201Split split, String splitProblem, Normalisation normalisation) {
        if (normalisation.channels() != CifarFormat.CHANNELS) {
            throw new IllegalArgumentException("CIFAR images have 3 channels, the normalisation has "
                    + normalisation.channels());
        }
        this.images = images;
        this.split = split;
        this.splitProblem = splitProblem;
        this.normalisation = normalisation;
    }

    public BatchSampler(CifarReader images, Nb201Split split, Normalisation normalisation) {
        this(images, split, null, normalisation);
    }

    /** Available training images that are in the split's {@code train} part, ascending; all of them without a split. */
    public int[] splitCandidates() {
        int[] all = images.trainIndices();
        return split == null ? all : IntStream.of(all).filter(split::inTrain).toArray();
    }

    public DrawnBatch draw(int batchSize, long seed) {
        if (batchSize < 1) {
            throw new UserFacingException("batch size must be at least 1, got " + batchSize);
        }
        String dataset = images.format().datasetId();
        int[] available = images.trainIndices();
        int[] pool = splitCandidates();
        List<String> warnings = new ArrayList<>();
        String source;
        if (split != null && pool.length >= batchSize) {
            source = "from the NB201 train split";
        } else {
            if (split != null) {
                warnings.add("only " + count(pool.length) + " of the " + count(split.train().length)
                        + " NB201 train-split images are present; drawing from all " + count(available.length)
                        + " available training images");
            } else if (splitProblem != null) {
                warnings.add(splitProblem + "; drawing from all " + count(available.length)
                        + " available training images instead of the NB201 train split");
            }
            pool = available;
            source = "from " + count(available.length) + " available training images";
        }
        if (pool.length < batchSize) {
            throw new UserFacingException("only " + count(pool.length) + " " + images.format().displayName()
                    + " training images in " + images.origin() + ", fewer than the batch size " + batchSize
                    + ": add the full dataset or lower --batch-size");
        }
        int[] chosen = drawWithoutReplacement(pool, batchSize, seed);
        String origin = images.builtIn() == null ? "" : " (built-in: " + images.builtIn().description() + ")";
        if (images.builtIn() != null) {
            warnings.add("scoring on the built-in " + images.builtIn().summary());
        }
        ImageBatch batch = batchOf(chosen, dataset + ", " + batchSize + " images " + source + ", seed " + seed + origin);
        return new DrawnBatch(batch, chosen, warnings);
    }

    /** A batch of exactly these training images, in this order (e.g. the golden batch: records 0..127). */
    public ImageBatch batchOf(int[] trainIndices, String description) {
        List<CifarImage> read = images.trainImages(trainIndices);
        int perImage = CifarFormat.PIXEL_BYTES;
        float[] pixels = new float[read.size() * perImage];
        int[] labels = new int[read.size()];
        for (int i = 0; i < read.size(); i++) {
            normalisation.apply(read.get(i).pixels(), pixels, i * perImage);
            labels[i] = read.get(i).label();
        }
        return new ImageBatch(pixels, read.size(), CifarFormat.CHANNELS, CifarFormat.IMAGE_SIZE,
                CifarFormat.IMAGE_SIZE, labels, description);
    }

    /** k distinct elements of {@code pool}, uniformly, in draw order (partial Fisher-Yates). */
    static int[] drawWithoutReplacement(int[] pool, int k, long seed) {
        int[] work = pool.clone();
        Arrays.sort(work);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(work.length - i);
            int t = work[i];
            work[i] = work[j];
            work[j] = t;
        }
        return Arrays.copyOf(work, k);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
