package org.naswot.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;

class SpaceDescriptorTest {

    @TempDir
    Path tmp;

    @Test
    void nb201ResourceHasItsDatasetsAndBenchmark() {
        SpaceDescriptor nb201 = SpaceDescriptor.fromResource("nas-bench-201.json");
        assertEquals("nb201", nb201.id());
        assertEquals(15625, nb201.size());
        assertEquals(List.of("none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3"), nb201.ops());
        assertEquals(6, nb201.cell().edges().length);
        assertArrayEquals(new int[] {3, 2}, nb201.cell().edges()[5]);
        assertArrayEquals(new int[] {16, 32, 64}, nb201.skeleton().stageChannels());

        SpaceDescriptor.Dataset cifar10 = nb201.dataset("cifar10");
        assertEquals(10, cifar10.classes());
        assertEquals(32, cifar10.imageSize());
        assertEquals(3, cifar10.channels());
        assertArrayEquals(new double[] {125.3, 123.0, 113.9}, cifar10.mean());
        assertArrayEquals(new double[] {63.0, 62.1, 66.7}, cifar10.std());
        assertEquals("nb201/cifar10-valid-split.json", cifar10.trainSplit().file());
        assertEquals("train", cifar10.trainSplit().key());
        assertTrue(nb201.dataset("cifar100").split().isEmpty());
        assertEquals(16, nb201.dataset("imagenet16-120").imageSize());

        SpaceDescriptor.Benchmark bench = nb201.benchmark();
        assertEquals("nb201/nb201_accuracies.csv", bench.file());
        assertEquals(1_000_000.0, bench.paramsScale());
        SpaceDescriptor.AccuracyColumn def = bench.defaultAccuracyColumn();
        assertEquals("cifar10valid_valid_200ep_nb201v10", def.column());
        assertEquals("cifar10", def.dataset());
        assertEquals("valid", def.split());
        assertEquals(200, def.epochs());
        assertEquals(12, bench.accuracies().size());
        assertEquals(12, bench.accuracy("imagenet16_valid_12ep_nb201v11").epochs());
    }

    @Test
    void loadsFromAFileAndIgnoresUnknownProperties() throws IOException {
        Path file = tmp.resolve("tiny.json");
        Files.writeString(file, "{\"id\": \"tiny\", \"futureField\": {\"x\": 1}, \"datasets\": [{\"id\": \"d\", "
                + "\"classes\": 2, \"imageSize\": 8, \"mean\": [1], \"std\": [2], \"colour\": \"grey\"}]}");
        SpaceDescriptor d = SpaceDescriptor.read(file);
        assertEquals("tiny", d.id());
        assertEquals(1, d.dataset("D").channels());
        assertTrue(d.findBenchmark().isEmpty());
        assertTrue(d.answersTo("TINY"));
    }

    @Test
    void projectFileEqualsPackagedResource() {
        SpaceDescriptor fromFile = SpaceDescriptor.read(Paths.get("spaces", "nas-bench-201.json"));
        assertEquals(SpaceDescriptor.fromResource("nas-bench-201.json").benchmark(), fromFile.benchmark());
    }

    @Test
    void errorsNameTheFileAndTheProblem() throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\",\n \"size\": }");
        UserFacingException e = assertThrows(UserFacingException.class, () -> SpaceDescriptor.read(broken));
        assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("line 2"), e.getMessage());

        Path noStd = tmp.resolve("nostd.json");
        Files.writeString(noStd, "{\"id\": \"x\", \"datasets\": [{\"id\": \"d\", \"mean\": [1, 2, 3], \"std\": [1]}]}");
        e = assertThrows(UserFacingException.class, () -> SpaceDescriptor.read(noStd));
        assertTrue(e.getMessage().contains("nostd.json") && e.getMessage().contains("std"), e.getMessage());

        SpaceDescriptor nb201 = SpaceDescriptor.fromResource("nas-bench-201.json");
        e = assertThrows(UserFacingException.class, () -> nb201.dataset("mnist"));
        assertTrue(e.getMessage().contains("cifar10, cifar100, imagenet16-120"), e.getMessage());
        e = assertThrows(UserFacingException.class, () -> nb201.benchmark().accuracy("top1"));
        assertTrue(e.getMessage().contains("cifar10valid_valid_200ep_nb201v10"), e.getMessage());
    }
}
