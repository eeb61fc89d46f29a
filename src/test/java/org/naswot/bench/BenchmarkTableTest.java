package org.naswot.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;
import org.naswot.testing.SharedData;

class BenchmarkTableTest {

    private static final SpaceDescriptor NB201 = SpaceCatalog.builtIn().get("nb201");
    private static BenchmarkTable table;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        table = BenchmarkTable.load(new DataDirectory(SharedData.dataDir()), NB201);
    }

    @Test
    void holdsAllCellsInIndexOrder() {
        assertEquals(15625, table.size());
        assertArrayEquals(IntStream.range(0, 15625).toArray(), table.indices());
        assertEquals("index", table.columns().get(0));
        assertEquals(17, table.columns().size());
    }

    @Test
    void goldenArchitecturesHaveTheirArchStringsAndParams() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(SharedData.golden("expected.json").toFile());
        for (JsonNode arch : expected) {
            int index = arch.get("index").asInt();
            assertEquals(arch.get("arch").asText(), table.arch(index));
            assertEquals(OptionalInt.of(index), table.indexOf(arch.get("arch").asText()));
            assertEquals(arch.get("params_10_classes").asLong(), table.params(index));
        }
        assertEquals(129306, table.params(0));
        assertTrue(table.indexOf("|none~0|+|none~0|none~1|+|none~0|none~1|bogus~2|").isEmpty());
    }

    @Test
    void bestCifar10TestAccuracyIsIndex6111() {
        // 94.37 % is shared by 6111 and 13714 on both 200-epoch CIFAR-10 test columns; 6111 is the unique
        // best on the validation accuracy the paper correlates with.
        for (String column : new String[] {"cifar10_test_200ep_nb201v10", "cifar10_test_200ep_nats"}) {
            double[] acc = table.column(column);
            double max = IntStream.range(0, acc.length).mapToDouble(i -> acc[i]).max().orElseThrow();
            assertEquals(94.37, max, 0.005, column);
            Set<Integer> best = new TreeSet<>();
            IntStream.range(0, acc.length).filter(i -> acc[i] == max).forEach(best::add);
            assertEquals(Set.of(6111, 13714), best, column);
            double mean = IntStream.range(0, acc.length).mapToDouble(i -> acc[i]).average().orElseThrow();
            assertEquals(87.1, mean, 0.1);
        }
        SpaceDescriptor.AccuracyColumn valid = table.defaultAccuracy();
        double[] v = table.accuracies(valid);
        int argmax = IntStream.range(0, v.length).reduce((a, b) -> v[b] > v[a] ? b : a).orElseThrow();
        assertEquals(6111, argmax);
        assertEquals(91.60666665, table.accuracy(6111, valid), 1e-9);
    }

    @Test
    void nanCellsReadAsNaN() {
        double[] scores = table.column("naswot_v1_jacov_score_cifar10");
        assertEquals(341, IntStream.range(0, scores.length).filter(i -> Double.isNaN(scores[i])).count());
        assertEquals(-776.4428597, table.value(0, "naswot_v1_jacov_score_cifar10"), 1e-9);
    }

    @Test
    void accuracyColumnsFollowTheDescriptor() {
        assertEquals(NB201.benchmark().accuracyColumns(),
                table.accuracyColumns().stream().map(SpaceDescriptor.AccuracyColumn::column).toList());
        assertEquals("(0)@avg_pool_3x3+(0)@avg_pool_3x3+(0)@nor_conv_1x1+(0)@nor_conv_1x1",
                table.text(0, "nats_unique_str"));
    }

    @Test
    void unknownColumnsAndIndicesAreExplained() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> table.value(0, "top1"));
        assertTrue(e.getMessage().contains("'top1'") && e.getMessage().contains("cifar10valid_valid_200ep_nb201v10"),
                e.getMessage());
        e = assertThrows(UserFacingException.class, () -> table.column("nats_unique_str"));
        assertTrue(e.getMessage().contains("not numeric"), e.getMessage());
        e = assertThrows(UserFacingException.class, () -> table.arch(15625));
        assertTrue(e.getMessage().contains("15625") && e.getMessage().contains("0..15624"), e.getMessage());
    }

    @Test
    void quotedFieldsSparseIndicesAndUnsortedRows() throws IOException {
        Path csv = tmp.resolve("bench.csv");
        Files.writeString(csv, "index,arch_str,acc,params_M,note\r\n"
                + "7,\"a,b\",90.5,0.5,\"said \"\"hi\"\"\nover two lines\"\r\n"
                + "3,c,,1.25,plain\r\n");
        SpaceDescriptor.Benchmark bench = new SpaceDescriptor.Benchmark("bench.csv", "index", "arch_str", "params_M",
                1e6, "acc", java.util.List.of(new SpaceDescriptor.AccuracyColumn("acc", "d", "test", 1, "acc")),
                null, null);
        BenchmarkTable t = BenchmarkTable.load(csv, bench);
        assertArrayEquals(new int[] {3, 7}, t.indices());
        assertEquals("a,b", t.arch(7));
        assertEquals("said \"hi\"\nover two lines", t.text(7, "note"));
        assertTrue(Double.isNaN(t.value(3, "acc")));
        assertEquals(90.5, t.accuracy(7, t.defaultAccuracy()));
        assertEquals(1_250_000, t.params(3));
        assertEquals(OptionalInt.of(3), t.indexOf("c"));
        assertArrayEquals(new double[] {1.25, 0.5}, t.column("params_M"));
        assertThrows(UserFacingException.class, () -> t.arch(5));
    }

    @Test
    void truncatedRowNamesFileAndLine() throws IOException {
        Path csv = tmp.resolve("cut.csv");
        Files.writeString(csv, "index,arch_str,acc\n0,a,1\n1,\"multi\nline\",2\n2,b\n");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> BenchmarkTable.load(csv, NB201.benchmark()));
        assertTrue(e.getMessage().contains("cut.csv, line 5") && e.getMessage().contains("2 fields"), e.getMessage());
    }

    @Test
    void missingFileSaysWhereAndWhatToDo() {
        Path missing = tmp.resolve("elsewhere/nb201_accuracies.csv");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> BenchmarkTable.load(missing, NB201.benchmark()));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--data-dir"), e.getMessage());
        // a data directory without its own table reads the built-in one instead of failing
        assertTrue(BenchmarkTable.load(new DataDirectory(tmp), NB201).source().startsWith("built-in"));
    }

    @Test
    void duplicateIndexAndMissingColumnsAreRejected() throws IOException {
        Path dup = tmp.resolve("dup.csv");
        Files.writeString(dup, "index,arch_str\n0,a\n0,b\n");
        UserFacingException e = assertThrows(UserFacingException.class, () -> BenchmarkTable.load(dup, NB201.benchmark()));
        assertTrue(e.getMessage().contains("index 0 appears twice"), e.getMessage());
        Path noArch = tmp.resolve("noarch.csv");
        Files.writeString(noArch, "index,acc\n0,1\n");
        e = assertThrows(UserFacingException.class, () -> BenchmarkTable.load(noArch, NB201.benchmark()));
        assertTrue(e.getMessage().contains("'arch_str'"), e.getMessage());
    }
}
