package org.naswot.app.kernel;

import org.naswot.figures.model.LectureData;

/**
 * The images behind a kernel, for its drill-down: K[i][j] under the pointer shows images i and j.
 *
 * @param images the batch (pixels, normalisation, labels, class names), as the lecture steps through it
 * @param noise  whether the batch is Gaussian noise (no classes: "noise image i")
 */
public record KernelBatch(LectureData images, boolean noise) {
}
