package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;
import org.naswot.testing.SharedData;

class BatchSamplerTest {

    private static final SpaceDescriptor.Dataset CIFAR10 = SpaceCatalog.builtIn().get("nb201").dataset("cifar10");
    private static final Normalisation NORM = Normalisation.of(CIFAR10);

    @TempDir
    Path tmp;

    private static BatchSampler referenceSampler() {
        CifarReader reader = CifarReader.ofFile(SharedData.data("cifar10/data_batch_1_first4000.bin"), CifarFormat.CIFAR10);
        Nb201Split split = Nb201Split.read(SharedData.data("nb201/cifar10-valid-split.json"));
        return new BatchSampler(reader, split, NORM);
    }

    @Test
    void referenceDataDrawsOnlyFromTheTrainSplit() {
        BatchSampler sampler = referenceSampler();
        Nb201Split split = Nb201Split.read(SharedData.data("nb201/cifar10-valid-split.json"));
        assertEquals(2022, sampler.splitCandidates().length);
        DrawnBatch drawn = sampler.draw(128, 1);
        assertTrue(drawn.warnings().isEmpty(), drawn.warnings().toString());
        assertEquals(128, drawn.imageIndices().length);
        assertEquals(128, IntStream.of(drawn.imageIndices()).distinct().count());
        assertTrue(IntStream.of(drawn.imageIndices()).allMatch(split::inTrain));
        assertEquals("cifar10, 128 images from the NB201 train split, seed 1", drawn.description());
        ImageBatch batch = drawn.batch();
        assertEquals(128, batch.size());
        assertEquals(3, batch.channels());
        assertEquals(32, batch.height());
        assertEquals(128 * 3 * 32 * 32, batch.pixels().length);
    }

    @Test
    void imagesAppearInDrawOrderWithTheirLabelsAndPixels() {
        BatchSampler sampler = referenceSampler();
        DrawnBatch drawn = sampler.draw(16, 3);
        ImageBatch expected = sampler.batchOf(drawn.imageIndices(), "check");
        assertArrayEquals(expected.pixels(), drawn.batch().pixels());
        assertArrayEquals(expected.labels(), drawn.batch().labels());
        // not sorted: the order is the draw order
        int[] sorted = drawn.imageIndices().clone();
        Arrays.sort(sorted);
        assertFalse(Arrays.equals(sorted, drawn.imageIndices()));
    }

    @Test
    void sameSeedSameBatchDifferentSeedDifferentBatch() {
        BatchSampler a = referenceSampler();
        BatchSampler b = referenceSampler();
        assertArrayEquals(a.draw(128, 7).imageIndices(), b.draw(128, 7).imageIndices());
        assertArrayEquals(a.draw(128, 7).batch().pixels(), b.draw(128, 7).batch().pixels());
        assertFalse(Arrays.equals(a.draw(128, 7).imageIndices(), a.draw(128, 8).imageIndices()));
    }

    @Test
    void drawIsRoughlyUniformOverCandidates() {
        int[] pool = IntStream.range(100, 120).toArray();
        int[] hits = new int[20];
        for (long seed = 0; seed < 4000; seed++) {
            for (int i : BatchSampler.drawWithoutReplacement(pool, 5, seed)) {
                hits[i - 100]++;
            }
        }
        // each element is drawn with probability 5/20: 1000 of 4000 times, binomial sd about 27
        for (int h : hits) {
            assertTrue(h > 880 && h < 1120, Arrays.toString(hits));
        }
    }

    @Test
    void fallsBackToAllAvailableImagesAndSaysSo() throws IOException {
        // 300 images 0..299; a split whose train part has only 100 of them present
        Path file = CifarFixtures.write(tmp.resolve("cifar10/data_batch_1.bin"), CifarFormat.CIFAR10, 0, 300);
        StringBuilder train = new StringBuilder();
        StringBuilder valid = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            boolean inTrain = i < 300 ? i % 3 == 0 : i % 2 == 0;
            (inTrain ? train : valid).append(inTrain && train.length() > 0 || !inTrain && valid.length() > 0 ? "," : "")
                    .append('"').append(i).append('"');
        }
        Path splitFile = tmp.resolve("split.json");
        Files.writeString(splitFile, "{\"train\": [\"int\", [" + train + "]], \"valid\": [\"int\", [" + valid + "]]}");
        Nb201Split split = Nb201Split.read(splitFile);
        BatchSampler sampler = new BatchSampler(CifarReader.ofFile(file, CifarFormat.CIFAR10), split, NORM);
        assertEquals(100, sampler.splitCandidates().length);

        DrawnBatch small = sampler.draw(64, 1);
        assertTrue(small.warnings().isEmpty());
        assertTrue(IntStream.of(small.imageIndices()).allMatch(i -> i % 3 == 0));

        DrawnBatch big = sampler.draw(128, 1);
        int splitTrain = split.train().length;
        assertEquals(1, big.warnings().size());
        assertEquals("only 100 of the " + String.format(java.util.Locale.ROOT, "%,d", splitTrain)
                + " NB201 train-split images are present; drawing from all 300 available training images",
                big.warnings().get(0));
        assertTrue(IntStream.of(big.imageIndices()).anyMatch(i -> i % 3 != 0));
        assertTrue(big.description().contains("300 available training images"), big.description());

        UserFacingException e = assertThrows(UserFacingException.class, () -> sampler.draw(301, 1));
        assertTrue(e.getMessage().contains("only 300") && e.getMessage().contains("301"), e.getMessage());
    }

    @Test
    void withoutSplitDrawsFromAllImagesSilently() throws IOException {
        Path file = CifarFixtures.write(tmp.resolve("cifar100/train.bin"), CifarFormat.CIFAR100, 0, 40);
        SpaceDescriptor.Dataset c100 = SpaceCatalog.builtIn().get("nb201").dataset("cifar100");
        BatchSampler sampler = new BatchSampler(CifarReader.ofFile(file, CifarFormat.CIFAR100), null, Normalisation.of(c100));
        DrawnBatch drawn = sampler.draw(40, 5);
        assertTrue(drawn.warnings().isEmpty());
        assertArrayEquals(IntStream.range(0, 40).toArray(), IntStream.of(drawn.imageIndices()).sorted().toArray());
        for (int i = 0; i < 40; i++) {
            assertEquals(drawn.imageIndices()[i] % 100, drawn.batch().labels()[i]);
        }
    }

    @Test
    void noiseIsSeededStandardGaussian() {
        ImageBatch a = NoiseBatch.gaussian(128, 3, 32, 9);
        ImageBatch b = NoiseBatch.gaussian(128, 3, 32, 9);
        ImageBatch c = NoiseBatch.gaussian(128, 3, 32, 10);
        assertArrayEquals(a.pixels(), b.pixels());
        assertFalse(Arrays.equals(a.pixels(), c.pixels()));
        double sum = 0;
        double sumSq = 0;
        for (float v : a.pixels()) {
            sum += v;
            sumSq += v * v;
        }
        int n = a.pixels().length;
        assertEquals(0.0, sum / n, 0.01);
        assertEquals(1.0, sumSq / n - (sum / n) * (sum / n), 0.01);
        assertTrue(IntStream.of(a.labels()).allMatch(l -> l == -1));
        assertEquals("Gaussian noise N(0,1), 128x3x32x32, seed 9", a.description());
    }
}
