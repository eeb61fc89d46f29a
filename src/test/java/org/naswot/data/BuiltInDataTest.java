package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.bench.BenchmarkTable;
import org.naswot.space.SpaceCatalog;

/** The data pack inside the application: intact, used where the data directory has no copy, and never over one. */
class BuiltInDataTest {

    /** SHA-256 of the original files (the shared reference data's SHA256SUMS and PROVENANCE.md). */
    private static final Map<BuiltInData.Item, String> SHA256 = Map.of(
            BuiltInData.Item.CIFAR10_IMAGES, "0993cf8b8e43bc207603aef9787006995746513f5e3fa5a52e06d1b069926330",
            BuiltInData.Item.NB201_SPLIT, "847372900ae8b72e79c50c385c7da18ab4dbaff741d1ad6427dc277a4b6a90a5",
            BuiltInData.Item.NB201_TABLE, "abb17144deee084877c5a9c64e6776847d170d1afaa6b2edcabe9400b5b8e204",
            BuiltInData.Item.NB101_TABLE, "1129246ca719455dc183086475e45a5deabd1acb2314730725be0f34d1087871",
            BuiltInData.Item.NB301_TABLE, "537e9abd6f0b14fdffdfcb3c07b18a037647b5c80808b3b2cf9a51b1b491aba1");

    @TempDir
    Path tmp;

    @Test
    void everyItemIsByteForByteTheOriginal() throws Exception {
        for (BuiltInData.Item item : BuiltInData.Item.values()) {
            assertTrue(BuiltInData.available(item), item + " is packed");
            byte[] bytes = BuiltInData.bytes(item);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(SHA256.get(item), sha, item.relative());
        }
        assertTrue(BuiltInDataTest.class.getResource("/org/naswot/data/builtin/PROVENANCE.md") != null,
                "provenance and licences ship with the pack");
    }

    @Test
    void anEmptyDataDirectoryFallsBackToTheBuiltInPack() {
        DataDirectory empty = new DataDirectory(tmp.resolve("nothing-here"));
        DataFile table = empty.file("nb201/nb201_accuracies.csv");
        assertTrue(table.isBuiltIn() && table.exists());
        assertEquals("built-in nb201/nb201_accuracies.csv", table.displayName());
        assertFalse(empty.file("cifar100/train.bin").exists(), "no built-in CIFAR-100");

        BenchmarkTable t = BenchmarkTable.load(empty, SpaceCatalog.builtIn().get("nb201"));
        assertEquals(15_625, t.size());
        assertTrue(t.source().startsWith("built-in"), t.source());
        assertEquals(94.37, t.value(6111, "cifar10_test_200ep_nats"), 0.005);
        assertEquals(500, BenchmarkTable.load(empty, SpaceCatalog.builtIn().get("nb101")).size());
        assertEquals(725, BenchmarkTable.load(empty, SpaceCatalog.builtIn().get("nb301")).size());

        CifarReader images = CifarReader.open(empty, CifarFormat.CIFAR10);
        assertEquals(BuiltInData.Item.CIFAR10_IMAGES, images.builtIn());
        assertEquals(4_000, images.trainCount());
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            labels[i] = images.trainImage(i).label();
        }
        assertArrayEquals(new int[] {6, 9, 9, 4, 1, 1, 2, 7, 8, 3}, labels, "CIFAR-10's first training labels");
        assertFalse(Files.exists(tmp.resolve("nothing-here")), "reading the pack creates nothing");
    }

    @Test
    void theDataDirectorysOwnCopyWins() throws Exception {
        Path nb201 = Files.createDirectories(tmp.resolve("nb201"));
        Files.writeString(nb201.resolve("nb201_accuracies.csv"), "index,arch_str,cifar10valid_valid_200ep_nb201v10\n"
                + "0,|none~0|+|none~0|none~1|+|none~0|none~1|none~2|,10.0\n");
        DataDirectory dir = new DataDirectory(tmp);
        assertNull(dir.file("nb201/nb201_accuracies.csv").builtIn());
        assertEquals(1, BenchmarkTable.load(dir, SpaceCatalog.builtIn().get("nb201")).size());

        // images: a folder with its own records is read instead of the pack
        Path cifar = Files.createDirectories(tmp.resolve("cifar10"));
        byte[] first100 = java.util.Arrays.copyOf(BuiltInData.bytes(BuiltInData.Item.CIFAR10_IMAGES), 100 * 3073);
        Files.write(cifar.resolve("data_batch_1.bin"), first100);
        CifarReader images = CifarReader.open(dir, CifarFormat.CIFAR10);
        assertNull(images.builtIn());
        assertEquals(100, images.trainCount());
    }

    @Test
    void batchesFromTheBuiltInImagesSayItAndDifferFromOtherPools() throws Exception {
        var cifar10 = SpaceCatalog.builtIn().get("nb201").dataset("cifar10");
        DrawnBatch builtIn = BatchSource.create(new DataDirectory(tmp.resolve("empty")), cifar10, InputKind.DATASET,
                16, 3);
        assertTrue(builtIn.description().contains("built-in: 4,000 of 50,000 CIFAR-10 training images"),
                builtIn.description());
        assertTrue(builtIn.description().contains("NB201 train split"), "the paper's protocol: " + builtIn.description());

        // another image pool (here: only the first 1,000 images, as files) draws another batch with the same seed,
        // so the batch digest, part of the reuse key, differs
        Path other = Files.createDirectories(tmp.resolve("other/cifar10"));
        Files.write(other.resolve("data_batch_1.bin"),
                java.util.Arrays.copyOf(BuiltInData.bytes(BuiltInData.Item.CIFAR10_IMAGES), 1000 * 3073));
        DrawnBatch fromFiles = BatchSource.create(new DataDirectory(tmp.resolve("other")), cifar10, InputKind.DATASET,
                16, 3);
        assertFalse(fromFiles.description().contains("built-in"), fromFiles.description());
        assertNotEquals(BatchDigest.of(builtIn.batch()), BatchDigest.of(fromFiles.batch()));
        assertEquals(BatchDigest.of(builtIn.batch()), BatchDigest.of(BatchSource.create(
                new DataDirectory(tmp.resolve("empty2")), cifar10, InputKind.DATASET, 16, 3).batch()),
                "equal inputs, equal digests");
    }
}
