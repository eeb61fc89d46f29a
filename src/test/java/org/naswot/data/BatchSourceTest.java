package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;
import org.naswot.testing.SharedData;

class BatchSourceTest {

    private static final SpaceDescriptor NB201 = SpaceCatalog.builtIn().get("nb201");

    @TempDir
    Path tmp;

    @Test
    void referenceDataDirectoryGivesAProtocolBatch() {
        DataDirectory dir = new DataDirectory(SharedData.dataDir());
        DrawnBatch drawn = BatchSource.create(dir, NB201.dataset("cifar10"), InputKind.DATASET, 128, 1);
        assertEquals("cifar10, 128 images from the NB201 train split, seed 1", drawn.description());
        assertTrue(drawn.warnings().isEmpty());
        // the same batch however often it is requested
        assertArrayEquals(drawn.imageIndices(),
                BatchSource.create(dir, NB201.dataset("cifar10"), InputKind.DATASET, 128, 1).imageIndices());
    }

    @Test
    void noiseNeedsNoFilesAndFollowsTheDatasetShape() {
        DataDirectory empty = new DataDirectory(tmp);
        DrawnBatch noise = BatchSource.create(empty, NB201.dataset("imagenet16-120"), InputKind.NOISE, 8, 2);
        assertEquals(16, noise.batch().height());
        assertEquals(8, noise.batch().size());
        assertEquals(0, noise.imageIndices().length);
    }

    @Test
    void tooFewTrainSplitImagesFallBackToAllWithAWarning() throws IOException {
        // the data directory's own 20 images are used (not the built-in ones), with the built-in split
        CifarFixtures.write(tmp.resolve("cifar10/data_batch_1.bin"), CifarFormat.CIFAR10, 0, 20);
        DrawnBatch drawn = BatchSource.create(new DataDirectory(tmp), NB201.dataset("cifar10"), InputKind.DATASET, 10, 1);
        assertEquals(1, drawn.warnings().size(), drawn.warnings().toString());
        assertTrue(drawn.warnings().get(0).contains("of the 25,000 NB201 train-split images are present; drawing "
                + "from all 20 available"), drawn.warnings().get(0));
        assertTrue(java.util.Arrays.stream(drawn.imageIndices()).allMatch(i -> i < 20));
    }

    @Test
    void missingImagesAndUnsupportedDatasetsAreExplained() {
        DataDirectory empty = new DataDirectory(tmp);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> BatchSource.create(empty, NB201.dataset("cifar100"), InputKind.DATASET, 128, 1));
        assertTrue(e.getMessage().contains(tmp.resolve("cifar100").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("naswot data download cifar100"), e.getMessage());
        e = assertThrows(UserFacingException.class,
                () -> BatchSource.create(empty, NB201.dataset("imagenet16-120"), InputKind.DATASET, 128, 1));
        assertTrue(e.getMessage().contains("--input noise"), e.getMessage());
    }
}
