package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;
import org.naswot.testing.SharedData;

class NormalisationTest {

    private static final SpaceDescriptor.Dataset CIFAR10 = SpaceCatalog.builtIn().get("nb201").dataset("cifar10");

    @Test
    void referenceRecords0To127MatchTheGoldenBatchBitForBit() {
        CifarReader reader = CifarReader.ofFile(SharedData.data("cifar10/data_batch_1_first4000.bin"), CifarFormat.CIFAR10);
        BatchSampler sampler = new BatchSampler(reader, null, Normalisation.of(CIFAR10));
        ImageBatch batch = sampler.batchOf(IntStream.range(0, 128).toArray(), "golden");
        NpyArray golden = Npy.read(SharedData.golden("batch.npy"));
        assertEquals(golden.floats().length, batch.pixels().length);
        for (int i = 0; i < golden.floats().length; i++) {
            if (Float.floatToIntBits(golden.floats()[i]) != Float.floatToIntBits(batch.pixels()[i])) {
                throw new AssertionError("value " + i + ": golden " + golden.floats()[i] + ", got " + batch.pixels()[i]);
            }
        }
        long[] labels = Npy.read(SharedData.golden("batch_labels.npy")).longs();
        for (int i = 0; i < 128; i++) {
            assertEquals(labels[i], batch.labels()[i]);
        }
    }

    @Test
    void usesTheExactFloat32FormulaNotAReciprocal() {
        Normalisation n = Normalisation.ofByteScale(new double[] {125.3, 123.0, 113.9}, new double[] {63.0, 62.1, 66.7});
        assertEquals((float) (125.3 / 255.0), n.mean(0));
        assertEquals((float) (66.7 / 255.0), n.std(2));
        int differFromReciprocal = 0;
        for (int c = 0; c < 3; c++) {
            for (int b = 0; b < 256; b++) {
                float expected = ((float) b / 255f - n.mean(c)) / n.std(c);
                assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(n.value(c, b)));
                float viaReciprocal = ((float) b * (1f / 255f) - n.mean(c)) * (1f / n.std(c));
                if (viaReciprocal != expected) {
                    differFromReciprocal++;
                }
            }
        }
        // the rounding order matters: a reciprocal formulation changes some values
        assertNotEquals(0, differFromReciprocal);
    }

    @Test
    void signedJavaBytesAreTreatedAsUnsigned() {
        Normalisation n = Normalisation.of(CIFAR10);
        assertEquals(n.value(1, 255), n.value(1, (byte) -1));
        float[] out = new float[3 * 4];
        n.apply(new byte[] {0, 0, 0, 0, 1, 1, 1, 1, (byte) 200, (byte) 200, (byte) 200, (byte) 200}, out, 0);
        assertEquals(n.value(0, 0), out[0]);
        assertEquals(n.value(1, 1), out[5]);
        assertEquals(n.value(2, 200), out[11]);
    }
}
