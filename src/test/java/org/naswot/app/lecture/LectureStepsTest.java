package org.naswot.app.lecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.figures.model.LectureData;

/** The lecture's first slide says what the batch is: images with labels, or labelless noise (review N24). */
class LectureStepsTest {

    private static LectureData batch(int[] labels) {
        int n = labels.length;
        return new LectureData("|none~0|", new float[n * 3 * 2 * 2], n, 3, 2, 2, labels, List.of(),
                new double[] {0, 0, 0}, new double[] {1, 1, 1}, List.of(), List.of(), 1.0);
    }

    @Test
    void aNoiseBatchIsNotDescribedByItsLabels() {
        int[] none = new int[4];
        Arrays.fill(none, -1);
        String noise = LectureViewModel.buildSteps(batch(none)).get(0).caption();
        assertTrue(noise.contains("noise") && noise.contains("no labels"), noise);
        assertFalse(noise.contains("shown for reference"), noise);
        String images = LectureViewModel.buildSteps(batch(new int[] {3, 1, 4, 1})).get(0).caption();
        assertTrue(images.contains("images") && images.contains("shown for reference"), images);
    }
}
