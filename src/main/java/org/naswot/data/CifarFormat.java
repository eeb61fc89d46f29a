package org.naswot.data;

import java.util.Locale;
import org.naswot.common.UserFacingException;

/**
 * The two CIFAR binary record layouts. A record is the label byte(s) followed by 3,072 pixel bytes: the
 * 1024 R, 1024 G and 1024 B values of a 32x32 image, each plane row-major (so the bytes are already CHW).
 */
public enum CifarFormat {
    /** 1 label byte (0-9) + pixels = 3,073 bytes. */
    CIFAR10("cifar10", "CIFAR-10", 1, 10),
    /** coarse label byte (0-19), fine label byte (0-99) + pixels = 3,074 bytes; the fine label is used. */
    CIFAR100("cifar100", "CIFAR-100", 2, 100);

    /** CIFAR-10's class names, in label order (batches.meta.txt). */
    public static final java.util.List<String> CIFAR10_CLASS_NAMES = java.util.List.of("airplane", "automobile",
            "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

    public static final int CHANNELS = 3;
    public static final int IMAGE_SIZE = 32;
    public static final int PIXEL_BYTES = CHANNELS * IMAGE_SIZE * IMAGE_SIZE;
    /** Both official archives hold 10,000 images per training batch file. */
    static final int IMAGES_PER_BATCH_FILE = 10_000;

    private final String datasetId;
    private final String displayName;
    private final int labelBytes;
    private final int classes;

    CifarFormat(String datasetId, String displayName, int labelBytes, int classes) {
        this.datasetId = datasetId;
        this.displayName = displayName;
        this.labelBytes = labelBytes;
        this.classes = classes;
    }

    public String datasetId() {
        return datasetId;
    }

    public String displayName() {
        return displayName;
    }

    public int labelBytes() {
        return labelBytes;
    }

    public int classes() {
        return classes;
    }

    public int recordBytes() {
        return labelBytes + PIXEL_BYTES;
    }

    /** The label byte that is the image's class: the only one in CIFAR-10, the fine one in CIFAR-100. */
    int classLabelOffset() {
        return labelBytes - 1;
    }

    /** The format of a descriptor's dataset id ("cifar10", "cifar100"). */
    public static CifarFormat forDataset(String datasetId) {
        for (CifarFormat f : values()) {
            if (f.datasetId.equals(datasetId.toLowerCase(Locale.ROOT).replace("-", ""))) {
                return f;
            }
        }
        throw new UserFacingException("dataset '" + datasetId + "' has no image reader (images are supported for "
                + "cifar10 and cifar100); use --input noise to score on Gaussian noise instead");
    }
}
