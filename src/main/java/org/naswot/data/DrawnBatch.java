package org.naswot.data;

import java.util.List;

/**
 * A scoring batch together with how it was obtained.
 *
 * @param batch        the normalised images (or noise)
 * @param imageIndices training-set index of each image, in batch order; empty for noise or a batch file
 * @param warnings     deviations from the paper's protocol worth telling the user (e.g. a fallback from
 *                     the NB201 train split); empty when the batch follows the protocol
 */
public record DrawnBatch(ImageBatch batch, int[] imageIndices, List<String> warnings) {
    public DrawnBatch {
        warnings = List.copyOf(warnings);
    }

    public String description() {
        return batch.description();
    }
}
