package org.naswot.app.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naswot.app.SyntheticData;
import org.naswot.figures.model.LectureData;

/** The kernel steps' captions in plain words (review P6) and the comparison's layer matching (review X7). */
class LectureTeachingTest {

    @Test
    void kernelCaptionsSayTheLayerReachedAndTheUnitsCountedSoFar() {
        LectureData d = SyntheticData.lecture("|nor_conv_3x3~0|", 8, 3, 64, 2);
        List<LectureViewModel.Step> steps = LectureViewModel.buildSteps(d);
        LectureViewModel.Step second = steps.stream().filter(s -> s.kind() == LectureViewModel.Kind.KERNEL
                && s.layer() == 1).findFirst().orElseThrow();
        String c = second.caption();
        long soFar = Math.round(d.cumulativeKernels().get(1)[0][0]);
        assertTrue(c.contains("after ReLU layer 2 of 3"), c);
        assertTrue(c.contains(String.format(java.util.Locale.ROOT, "%,d units counted so far", soFar)), c);
        assertFalse(c.contains("now up to"), c);
        assertFalse(c.contains("\u00d72"), c);
    }

    @Test
    void theSecondCellIsShownAtTheSameShareOfItsDepth() {
        LectureData deep = SyntheticData.lecture("|a|", 8, 4, 32, 1);
        LectureData shallow = SyntheticData.lecture("|b|", 8, 2, 32, 2, 3.0);
        LectureFigures f = new LectureFigures(deep, shallow);
        assertTrue(f.canCompare());
        assertEquals(0, f.matchingLayer(0));
        assertEquals(0, f.matchingLayer(1));
        assertEquals(1, f.matchingLayer(2));
        assertEquals(1, f.matchingLayer(3), "the last layer with the last");
        assertFalse(new LectureFigures(deep, null).canCompare());
    }
}
