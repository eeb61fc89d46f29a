package org.naswot.spark;

import java.io.Serializable;
import org.naswot.data.ImageBatch;

/**
 * The driver's scoring batch, broadcast to the executors: every executor scores the very same images, whichever image
 * pool (built-in pack or a full dataset) its own node could draw from.
 */
record ShippedBatch(float[] pixels, int size, int channels, int height, int width, int[] labels, String description)
        implements Serializable {

    static ShippedBatch of(ImageBatch b) {
        return new ShippedBatch(b.pixels(), b.size(), b.channels(), b.height(), b.width(), b.labels(), b.description());
    }

    ImageBatch toImageBatch() {
        return new ImageBatch(pixels, size, channels, height, width, labels, description);
    }
}
