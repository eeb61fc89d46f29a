package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class CifarReaderTest {

    @TempDir
    Path tmp;

    @Test
    void referenceFileHoldsTrainingImages0To3999() {
        CifarReader reader = CifarReader.ofFile(SharedData.data("cifar10/data_batch_1_first4000.bin"), CifarFormat.CIFAR10);
        assertEquals(4000, reader.trainCount());
        assertEquals(0, reader.testCount());
        assertArrayEquals(IntStream.range(0, 4000).toArray(), reader.trainIndices());
        int[] labels = reader.trainImages(IntStream.range(0, 10).toArray()).stream().mapToInt(CifarImage::label).toArray();
        assertArrayEquals(new int[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, labels);
        assertEquals(CifarFormat.PIXEL_BYTES, reader.trainImage(3999).pixels().length);
        assertFalse(reader.hasTrainImage(4000));
    }

    @Test
    void officialLayoutNestedOneLevelMapsBatchFilesToGlobalIndices() throws IOException {
        Path dataset = tmp.resolve("cifar10");
        Path bin = dataset.resolve("cifar-10-batches-bin");
        CifarFixtures.write(bin.resolve("data_batch_1.bin"), CifarFormat.CIFAR10, 0, 5);
        CifarFixtures.write(bin.resolve("data_batch_3.bin"), CifarFormat.CIFAR10, 20_000, 4);
        CifarFixtures.write(bin.resolve("test_batch.bin"), CifarFormat.CIFAR10, 0, 3);
        Files.writeString(bin.resolve("batches.meta.txt"), "airplane\n");
        CifarReader reader = CifarReader.open(dataset, CifarFormat.CIFAR10);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 20_000, 20_001, 20_002, 20_003}, reader.trainIndices());
        assertEquals(3, reader.testCount());
        for (int index : new int[] {20_002, 4, 0, 20_003}) {
            CifarImage image = reader.trainImage(index);
            assertEquals(index, CifarFixtures.indexEncodedIn(image.pixels()));
            assertEquals(index % 10, image.label());
        }
        assertEquals(2, CifarFixtures.indexEncodedIn(reader.testImage(2).pixels()));
        assertFalse(reader.hasTrainImage(10_000));
    }

    @Test
    void shortenedBatchFileKeepsItsOffsetAndUnknownFilesComeAfter() throws IOException {
        Path dataset = tmp.resolve("cifar10");
        CifarFixtures.write(dataset.resolve("data_batch_2_first3.bin"), CifarFormat.CIFAR10, 10_000, 3);
        // unknown names are numbered after the named files, in name order
        CifarFixtures.write(dataset.resolve("zz_extra.bin"), CifarFormat.CIFAR10, 10_005, 2);
        CifarFixtures.write(dataset.resolve("more.bin"), CifarFormat.CIFAR10, 10_003, 2);
        CifarReader reader = CifarReader.open(dataset, CifarFormat.CIFAR10);
        assertArrayEquals(new int[] {10_000, 10_001, 10_002, 10_003, 10_004, 10_005, 10_006}, reader.trainIndices());
        for (int index : reader.trainIndices()) {
            assertEquals(index, CifarFixtures.indexEncodedIn(reader.trainImage(index).pixels()));
        }
    }

    @Test
    void cifar100UsesTheFineLabelAndTrainBin() throws IOException {
        Path dataset = tmp.resolve("cifar100");
        CifarFixtures.write(dataset.resolve("cifar-100-binary/train.bin"), CifarFormat.CIFAR100, 0, 150);
        CifarFixtures.write(dataset.resolve("cifar-100-binary/test.bin"), CifarFormat.CIFAR100, 0, 10);
        CifarReader reader = CifarReader.open(dataset, CifarFormat.CIFAR100);
        assertEquals(150, reader.trainCount());
        assertEquals(10, reader.testCount());
        CifarImage image = reader.trainImage(123);
        assertEquals(23, image.label());
        assertEquals(123, CifarFixtures.indexEncodedIn(image.pixels()));
    }

    @Test
    void batchReadsKeepTheRequestedOrder() throws IOException {
        Path file = CifarFixtures.write(tmp.resolve("data_batch_1.bin"), CifarFormat.CIFAR10, 0, 50);
        CifarReader reader = CifarReader.ofFile(file, CifarFormat.CIFAR10);
        int[] wanted = {42, 7, 49, 0, 7};
        List<CifarImage> images = reader.trainImages(wanted);
        assertArrayEquals(wanted, images.stream().mapToInt(i -> CifarFixtures.indexEncodedIn(i.pixels())).toArray());
        assertArrayEquals(wanted, images.stream().mapToInt(CifarImage::index).toArray());
    }

    @Test
    void sizeNotAMultipleOfTheRecordIsReported() throws IOException {
        Path file = tmp.resolve("cifar10/data_batch_1.bin");
        CifarFixtures.write(file, CifarFormat.CIFAR10, 0, 2);
        Files.write(file, new byte[5], java.nio.file.StandardOpenOption.APPEND);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> CifarReader.open(tmp.resolve("cifar10"), CifarFormat.CIFAR10));
        assertTrue(e.getMessage().contains("data_batch_1.bin"), e.getMessage());
        assertTrue(e.getMessage().contains("6151 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("3,073-byte"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated or not a CIFAR-10 binary file"), e.getMessage());
    }

    @Test
    void cifar100FileReadAsCifar10IsRejected() throws IOException {
        // 3,073 records of 3,074 bytes are also 3,074 records of 3,073 bytes: the size check cannot tell,
        // but the misaligned "labels" are pixel bytes, many of them above 9
        Path file = CifarFixtures.write(tmp.resolve("train.bin"), CifarFormat.CIFAR100, 0, 3073);
        CifarReader wrong = CifarReader.ofFile(file, CifarFormat.CIFAR10);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> wrong.trainImages(IntStream.range(0, 3074).toArray()));
        assertTrue(e.getMessage().contains("not a CIFAR-10 binary file"), e.getMessage());
    }

    @Test
    void missingImagesGiveActionableMessage() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> CifarReader.open(tmp.resolve("cifar10"), CifarFormat.CIFAR10));
        assertTrue(e.getMessage().contains("naswot data download cifar10"), e.getMessage());
        assertTrue(e.getMessage().contains("--input noise"), e.getMessage());
    }

    @Test
    void overlappingFilesAreRejected() throws IOException {
        Path dataset = tmp.resolve("cifar10");
        CifarFixtures.write(dataset.resolve("data_batch_1.bin"), CifarFormat.CIFAR10, 0, 5);
        CifarFixtures.write(dataset.resolve("data_batch_1_first3.bin"), CifarFormat.CIFAR10, 0, 3);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> CifarReader.open(dataset, CifarFormat.CIFAR10));
        assertTrue(e.getMessage().contains("data_batch_1_first3.bin") && e.getMessage().contains("0..2"), e.getMessage());
    }
}
