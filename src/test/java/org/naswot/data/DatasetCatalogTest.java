package org.naswot.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DatasetCatalog.Item;
import org.naswot.data.DatasetCatalog.State;
import org.naswot.testing.SharedData;

class DatasetCatalogTest {

    @TempDir
    Path tmp;

    @Test
    void referenceDirectoryHasCifar10TableAndSplitButNoCifar100() {
        DatasetCatalog catalog = new DatasetCatalog(new DataDirectory(SharedData.dataDir()));
        assertEquals(4, catalog.status().size());
        DatasetCatalog.Status cifar10 = catalog.status(Item.CIFAR10);
        assertEquals(State.PRESENT, cifar10.state());
        assertEquals("4,000 training images, 0 test images in 1 file(s)", cifar10.detail());
        assertEquals(State.PRESENT, catalog.status(Item.NB201_TABLE).state());
        assertEquals("25,000 train / 25,000 valid indices", catalog.status(Item.NB201_SPLIT).detail());
        DatasetCatalog.Status cifar100 = catalog.status(Item.CIFAR100);
        assertEquals(State.MISSING, cifar100.state());
        assertTrue(cifar100.detail().contains("naswot data download cifar100"), cifar100.detail());
    }

    @Test
    void emptyDirectoryUsesTheBuiltInPackAndReportsTheRestMissingWithRemedies() {
        DatasetCatalog catalog = new DatasetCatalog(new DataDirectory(tmp));
        for (Item item : new Item[] {Item.CIFAR10, Item.NB201_TABLE, Item.NB201_SPLIT}) {
            DatasetCatalog.Status s = catalog.status(item);
            assertEquals(State.BUILT_IN, s.state(), item.toString());
            assertTrue(s.present() && s.detail().startsWith("built-in: "), s.detail());
        }
        assertTrue(catalog.status(Item.CIFAR10).detail().contains("naswot data download cifar10"));
        DatasetCatalog.Status cifar100 = catalog.status(Item.CIFAR100);
        assertEquals(State.MISSING, cifar100.state());
        assertTrue(cifar100.detail().contains(tmp.toString()), cifar100.detail());
        assertTrue(cifar100.detail().contains("--input noise"));
    }

    @Test
    void damagedFilesAreInvalidNotMissing() throws IOException {
        Files.createDirectories(tmp.resolve("cifar10"));
        Files.write(tmp.resolve("cifar10/data_batch_1.bin"), new byte[100]);
        Files.createDirectories(tmp.resolve("nb201"));
        Files.writeString(tmp.resolve("nb201/nb201_accuracies.csv"), "a,b\n1,2\n");
        Files.writeString(tmp.resolve("nb201/cifar10-valid-split.json"), "[]");
        DatasetCatalog catalog = new DatasetCatalog(new DataDirectory(tmp));
        assertEquals(State.INVALID, catalog.status(Item.CIFAR10).state());
        assertTrue(catalog.status(Item.CIFAR10).detail().contains("100 bytes"));
        assertEquals(State.INVALID, catalog.status(Item.NB201_TABLE).state());
        assertEquals(State.INVALID, catalog.status(Item.NB201_SPLIT).state());
    }
}
