package org.naswot.nn;

import ai.djl.ndarray.NDArray;

/**
 * A layer adding a per-channel bias whose first element can take a per-image probe, as {@link Conv2d}'s first weight
 * and {@link BatchNorm2d}'s first elements can: VKDNW reads each image's gradient of the logits with respect to that
 * element from the probe's gradient (an imported convolution's bias).
 */
public interface ProbedBias {

    Parameter bias();

    /** A [batch] array of zeros (recording gradients) added to channel 0 of each image's output; null removes it. */
    void setFirstBiasProbe(NDArray probe);
}
