package org.naswot.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The data pack built into the application (resources under {@code org/naswot/data/builtin/}, gzip-compressed,
 * about 12.5 MB), so that a fresh installation scores, correlates and explores offline with nothing else
 * installed. Each item stands in for one file of the data directory's layout and is used only where that file is
 * absent: a user's own or downloaded copy always wins. Items are decompressed on first use and kept while memory
 * allows. Provenance and licences: {@code PROVENANCE.md} beside the resources (and the README's data section).
 */
public final class BuiltInData {

    /** One built-in file: where it stands in the data directory's layout and what it is (sources: PROVENANCE.md). */
    public enum Item {
        CIFAR10_IMAGES("cifar10/data_batch_1_first4000.bin",
                "4,000 of 50,000 CIFAR-10 training images",
                "run `naswot data download cifar10` for all 50,000"),
        NB201_SPLIT("nb201/cifar10-valid-split.json",
                "NAS-Bench-201's CIFAR-10 train/valid split (25,000 / 25,000 indices)",
                null),
        NB201_TABLE("nb201/nb201_accuracies.csv",
                "NAS-Bench-201 / NATS-Bench topology table: all 15,625 cells, accuracies (NB201 v1.0, NATS-Bench "
                        + "200 epochs, 12 epochs) and parameters",
                "import NATS-tss-v1_0-3ffb9-simple.tar for every seed, split and epoch"),
        NB101_TABLE("nb101/zc_nasbench101_500archs.csv",
                "500 NAS-Bench-101 cells with their 108-epoch validation accuracy (NAS-Bench-Suite-Zero)",
                "import nasbench_only108.tfrecord for all 423,624 cells"),
        NB301_TABLE("nb301/zc_nasbench301_725archs.json",
                "725 NAS-Bench-301 cells with the NB301 v1.0 surrogate's predicted validation accuracy and "
                        + "NAS-Bench-Suite-Zero's zero-cost proxies",
                null);

        private final String relative;
        private final String description;
        private final String more;

        Item(String relative, String description, String more) {
            this.relative = relative;
            this.description = description;
            this.more = more;
        }

        /** The file this item stands in for, relative to the data directory (e.g. {@code nb201/nb201_accuracies.csv}). */
        public String relative() {
            return relative;
        }

        /** What it is, in one phrase. */
        public String description() {
            return description;
        }

        /** How to get the full-size data, or null when the item is complete. */
        public String more() {
            return more;
        }

        /** "description; more" for status lines. */
        public String summary() {
            return more == null ? description : description + "; " + more;
        }

        String resource() {
            return "/org/naswot/data/builtin/" + relative + ".gz";
        }
    }

    private static final Map<Item, SoftReference<byte[]>> CACHE = new EnumMap<>(Item.class);

    private BuiltInData() {
    }

    /** The item standing in for a data-directory file, if one does. */
    public static Optional<Item> forRelative(String relative) {
        String normalised = relative.replace('\\', '/');
        return Arrays.stream(Item.values()).filter(i -> i.relative.equals(normalised)).findFirst();
    }

    /** Whether the item's resource is in this build (it always is in a packaged application). */
    public static boolean available(Item item) {
        return BuiltInData.class.getResource(item.resource()) != null;
    }

    /** The item's bytes, decompressed (shared: callers must not modify the array). */
    public static byte[] bytes(Item item) {
        synchronized (CACHE) {
            SoftReference<byte[]> ref = CACHE.get(item);
            byte[] cached = ref == null ? null : ref.get();
            if (cached != null) {
                return cached;
            }
            byte[] loaded = load(item);
            CACHE.put(item, new SoftReference<>(loaded));
            return loaded;
        }
    }

    private static byte[] load(Item item) {
        try (InputStream raw = BuiltInData.class.getResourceAsStream(item.resource())) {
            if (raw == null) {
                throw new IllegalStateException("the built-in data item " + item.resource()
                        + " is missing from this build of the application; rebuild it with `mvn package`");
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                in.transferTo(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in data item " + item.resource(), e);
        }
    }
}
