package org.naswot.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.naswot.common.UserFacingException;

/**
 * What the data directory holds, for {@code naswot data status} and for friendly errors: each item is
 * present (with a short summary), missing or invalid (with what to do about it).
 */
public final class DatasetCatalog {

    /** The data items the tool uses. */
    public enum Item {
        CIFAR10("cifar10", "CIFAR-10 images"),
        CIFAR100("cifar100", "CIFAR-100 images"),
        NB201_TABLE("nb201-table", "NAS-Bench-201 accuracy table"),
        NB201_SPLIT("nb201-split", "NAS-Bench-201 CIFAR-10 train/valid split");

        private final String id;
        private final String title;

        Item(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public String id() {
            return id;
        }

        public String title() {
            return title;
        }
    }

    /** BUILT_IN: the data directory has no copy, and the application's built-in one is used. */
    public enum State { PRESENT, BUILT_IN, MISSING, INVALID }

    /**
     * @param detail a summary when present ("4,000 training images, 0 test images"; for a built-in item what it is
     *               and how to get the full data); otherwise the problem and what to do, as one line
     */
    public record Status(Item item, State state, Path path, String detail) {
        /** Usable: in the data directory or built in. */
        public boolean present() {
            return state == State.PRESENT || state == State.BUILT_IN;
        }

        public boolean builtIn() {
            return state == State.BUILT_IN;
        }
    }

    private final DataDirectory dir;

    public DatasetCatalog(DataDirectory dir) {
        this.dir = dir;
    }

    public List<Status> status() {
        return Arrays.stream(Item.values()).map(this::status).toList();
    }

    public Status status(Item item) {
        return switch (item) {
            case CIFAR10 -> images(item, dir.cifar10(), CifarFormat.CIFAR10);
            case CIFAR100 -> images(item, dir.cifar100(), CifarFormat.CIFAR100);
            case NB201_TABLE -> table(item, dir.file(BuiltInData.Item.NB201_TABLE.relative()));
            case NB201_SPLIT -> split(item, dir.file(BuiltInData.Item.NB201_SPLIT.relative()));
        };
    }

    /**
     * The status of the item that is this file of the data layout (a benchmark table or a split that a space's
     * descriptor names, resolved in the data directory), if one is.
     */
    public java.util.Optional<Status> statusOfFile(Path file) {
        return Arrays.stream(Item.values()).filter(i -> file.equals(fileOf(i))).findFirst().map(this::status);
    }

    /** Where an item's file is in the data directory; null for images (a folder). */
    private Path fileOf(Item item) {
        return switch (item) {
            case CIFAR10, CIFAR100 -> null;
            case NB201_TABLE -> dir.resolve(BuiltInData.Item.NB201_TABLE.relative());
            case NB201_SPLIT -> dir.resolve(BuiltInData.Item.NB201_SPLIT.relative());
        };
    }

    private Status images(Item item, Path folder, CifarFormat format) {
        // the built-in images are named without being decompressed (this runs on the window's thread)
        BuiltInData.Item builtIn = CifarReader.builtInFor(dir, format);
        if (builtIn != null) {
            return new Status(item, State.BUILT_IN, folder, "built-in: " + builtIn.summary());
        }
        CifarReader reader;
        try {
            reader = CifarReader.open(dir, format);
        } catch (UserFacingException e) {
            boolean missing = e.getMessage().equals(CifarReader.missingMessage(folder, format));
            return new Status(item, missing ? State.MISSING : State.INVALID, folder, e.getMessage());
        }
        return new Status(item, State.PRESENT, folder, count(reader.trainCount()) + " training images, "
                + count(reader.testCount()) + " test images in " + (reader.trainParts().size()
                + reader.testParts().size()) + " file(s)");
    }

    private static Status table(Item item, DataFile data) {
        if (data.isBuiltIn()) {
            return new Status(item, State.BUILT_IN, data.path(), "built-in: " + data.builtIn().summary());
        }
        Path file = data.path();
        if (!Files.isRegularFile(file)) {
            return new Status(item, State.MISSING, file, "NAS-Bench-201 accuracy table not found at " + file
                    + ": point --data-dir (or " + DataDirectory.ENV + ") at a folder holding nb201/nb201_accuracies.csv");
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("index,")) {
                return new Status(item, State.INVALID, file, file + " does not start with the header 'index,arch_str,...'"
                        + ": not the NAS-Bench-201 accuracy table; copy nb201_accuracies.csv again");
            }
            long bytes = Files.size(file);
            return new Status(item, State.PRESENT, file, String.format(Locale.ROOT, "%.1f MB, %d columns",
                    bytes / 1e6, header.split(",", -1).length));
        } catch (IOException e) {
            return new Status(item, State.INVALID, file, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Status split(Item item, DataFile data) {
        if (data.isBuiltIn()) {
            return new Status(item, State.BUILT_IN, data.path(), "built-in: " + data.builtIn().summary());
        }
        Path file = data.path();
        if (!Files.isRegularFile(file)) {
            return new Status(item, State.MISSING, file, "NB201 split not found at " + file
                    + ": copy cifar10-valid-split.json there; without it batches are drawn from all available "
                    + "training images");
        }
        try {
            Nb201Split split = Nb201Split.read(file);
            return new Status(item, State.PRESENT, file, count(split.train().length) + " train / "
                    + count(split.valid().length) + " valid indices");
        } catch (UserFacingException e) {
            return new Status(item, State.INVALID, file, e.getMessage());
        }
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
