package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.testing.SharedData;

class Nb201SplitTest {

    @TempDir
    Path tmp;

    @Test
    void realSplitPartitionsTheFiftyThousandTrainingImages() {
        Nb201Split split = Nb201Split.read(SharedData.data("nb201/cifar10-valid-split.json"));
        assertEquals(25_000, split.train().length);
        assertEquals(25_000, split.valid().length);
        BitSet all = new BitSet();
        IntStream.of(split.train()).forEach(all::set);
        IntStream.of(split.valid()).forEach(all::set);
        assertEquals(50_000, all.cardinality());
        assertEquals(49_999, all.length() - 1);
        assertEquals(0, split.train()[0]);
        assertEquals(5, split.train()[1]);
        assertTrue(split.inTrain(7));
        assertFalse(split.inTrain(1));
        assertTrue(split.inValid(1));
        assertFalse(split.inTrain(-1));
    }

    @Test
    void referenceImagesInTheTrainSplit() {
        Nb201Split split = Nb201Split.read(SharedData.data("nb201/cifar10-valid-split.json"));
        // The reference file holds training images 0..3999; about half are in NB201's train split.
        long inTrain = IntStream.range(0, 4000).filter(split::inTrain).count();
        assertEquals(2022, inTrain);
        assertEquals(67, IntStream.range(0, 128).filter(split::inTrain).count());
    }

    @Test
    void malformedSplitsAreReported() throws IOException {
        Path file = tmp.resolve("split.json");
        Files.writeString(file, "{\"train\": [\"0\", \"5\"], \"valid\": [\"int\", [\"1\"]]}");
        UserFacingException e = assertThrows(UserFacingException.class, () -> Nb201Split.read(file));
        assertTrue(e.getMessage().contains("split.json") && e.getMessage().contains("\"train\""), e.getMessage());

        Files.writeString(file, "{\"train\": [\"int\", [\"0\", \"x\"]], \"valid\": [\"int\", [\"1\"]]}");
        e = assertThrows(UserFacingException.class, () -> Nb201Split.read(file));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());

        Files.writeString(file, "{\"train\": [\"int\", [\"0\", \"1\"]], \"valid\": [\"int\", [\"1\"]]}");
        e = assertThrows(UserFacingException.class, () -> Nb201Split.read(file));
        assertTrue(e.getMessage().contains("image 1 is in both"), e.getMessage());

        Files.writeString(file, "{\"train\": [");
        e = assertThrows(UserFacingException.class, () -> Nb201Split.read(file));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());

        e = assertThrows(UserFacingException.class, () -> Nb201Split.read(tmp.resolve("absent.json")));
        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
    }
}
