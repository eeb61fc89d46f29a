package org.naswot.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;

/**
 * Reads CIFAR-10/100 binary record files lazily: opening only checks file sizes, and images are read
 * record by record with positional reads, so a 128-image batch touches 128 records of the 150 MB set.
 *
 * <p>Every training image gets its index in the official training set, because that is what the NB201
 * split refers to: {@code data_batch_K*.bin} record r is image (K-1)*10,000 + r (also for a shortened copy
 * such as {@code data_batch_1_first4000.bin}); {@code train.bin} record r is image r. Files with other names
 * count as training images numbered after all named ones, in file-name order. {@code test_batch*.bin} and
 * {@code test*.bin} are test images, kept apart.
 */
public final class CifarReader {

    private static final Pattern DATA_BATCH = Pattern.compile("data_batch_(\\d+).*\\.bin");

    /**
     * A contiguous run of images stored in one file.
     *
     * @param memory the records in memory (the built-in images), or null when they are read from {@code file}
     * @param name   how messages name the file
     */
    public record Part(Path file, boolean test, int firstIndex, int count, byte[] memory, String name) {
        Part(Path file, boolean test, int firstIndex, int count) {
            this(file, test, firstIndex, count, null, file.toString());
        }

        public int endIndex() {
            return firstIndex + count;
        }

        boolean contains(int index) {
            return index >= firstIndex && index < endIndex();
        }
    }

    private final CifarFormat format;
    private final Path location;
    /** The built-in images used because the data directory has none; null when read from files. */
    private final BuiltInData.Item builtIn;
    private final List<Part> train;
    private final List<Part> test;

    private CifarReader(CifarFormat format, Path location, List<Part> train, List<Part> test) {
        this(format, location, train, test, null);
    }

    private CifarReader(CifarFormat format, Path location, List<Part> train, List<Part> test, BuiltInData.Item builtIn) {
        this.format = format;
        this.location = location;
        this.builtIn = builtIn;
        this.train = List.copyOf(train);
        this.test = List.copyOf(test);
    }

    /**
     * Finds the record files of a dataset directory: {@code *.bin} directly inside it or one level down
     * (the official archives unpack to {@code cifar-10-batches-bin/} and {@code cifar-100-binary/}).
     *
     * @throws UserFacingException when no record file is there, or one has an impossible size
     */
    public static CifarReader open(Path datasetDir, CifarFormat format) {
        List<Path> files = findBinFiles(datasetDir);
        if (files.isEmpty()) {
            throw new UserFacingException(missingMessage(datasetDir, format));
        }
        return fromFiles(datasetDir, files, format);
    }

    /**
     * The dataset's images in the data directory ({@code <data>/cifar10}, ...), or, when that folder holds none,
     * the images built into the application (CIFAR-10: the first 4,000 training images).
     */
    public static CifarReader open(DataDirectory dir, CifarFormat format) {
        Path folder = dir.resolve(format.datasetId());
        List<Path> files = findBinFiles(folder);
        if (!files.isEmpty()) {
            return fromFiles(folder, files, format);
        }
        BuiltInData.Item item = builtInItem(dir, format);
        if (item == null) {
            throw new UserFacingException(missingMessage(folder, format));
        }
        byte[] records = BuiltInData.bytes(item);
        int count = records.length / format.recordBytes();
        Part part = new Part(folder.resolve(BUILT_IN_FILE), false, 0, count, records, "built-in " + item.relative());
        return new CifarReader(format, folder, List.of(part), List.of(), item);
    }

    /**
     * The built-in images {@link #open(DataDirectory, CifarFormat)} would read: the pack's item when the dataset's
     * folder holds no record files and the pack has the dataset, else null. Decompresses nothing.
     */
    public static BuiltInData.Item builtInFor(DataDirectory dir, CifarFormat format) {
        return findBinFiles(dir.resolve(format.datasetId())).isEmpty() ? builtInItem(dir, format) : null;
    }

    private static BuiltInData.Item builtInItem(DataDirectory dir, CifarFormat format) {
        return dir.file(format.datasetId() + "/" + BUILT_IN_FILE).builtIn();
    }

    /** The file name of the built-in images in the data layout (the first 4,000 records of data_batch_1). */
    private static final String BUILT_IN_FILE = "data_batch_1_first4000.bin";

    /** Reads one file of records; its name decides the image indices as for {@link #open}. */
    public static CifarReader ofFile(Path file, CifarFormat format) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(file + ": file not found (expected " + format.displayName()
                    + " binary records)");
        }
        return fromFiles(file, List.of(file), format);
    }

    /** The one-line advice shown when a dataset's images are missing. */
    public static String missingMessage(Path datasetDir, CifarFormat format) {
        String archiveDir = format == CifarFormat.CIFAR10 ? "cifar-10-batches-bin" : "cifar-100-binary";
        return format.displayName() + " images not found in " + datasetDir + ": run `naswot data download "
                + format.datasetId() + "` or copy the official " + archiveDir
                + " folder there, or use --input noise";
    }

    public CifarFormat format() {
        return format;
    }

    /** The directory or single file this reader was opened on (for built-in images: the folder that has none). */
    public Path location() {
        return location;
    }

    /** The built-in images this reader serves, or null when it reads the data directory's files. */
    public BuiltInData.Item builtIn() {
        return builtIn;
    }

    /** Where the images come from, for messages and provenance: the folder, or the built-in pack's description. */
    public String origin() {
        return builtIn != null ? "built-in " + builtIn.relative() : location.toString();
    }

    public List<Part> trainParts() {
        return train;
    }

    public List<Part> testParts() {
        return test;
    }

    public int trainCount() {
        return train.stream().mapToInt(Part::count).sum();
    }

    public int testCount() {
        return test.stream().mapToInt(Part::count).sum();
    }

    /** Indices of the training images present, ascending. */
    public int[] trainIndices() {
        return train.stream().flatMapToInt(p -> java.util.stream.IntStream.range(p.firstIndex(), p.endIndex()))
                .toArray();
    }

    public boolean hasTrainImage(int index) {
        return partOf(train, index) != null;
    }

    public CifarImage trainImage(int index) {
        return trainImages(new int[] {index}).get(0);
    }

    public CifarImage testImage(int index) {
        Part part = partOf(test, index);
        if (part == null) {
            throw new IllegalArgumentException("test image " + index + " is not present (" + testCount() + " test images)");
        }
        return readAll(new Part[] {part}, new int[] {index}).get(0);
    }

    /** Reads the given training images, in the given order. */
    public List<CifarImage> trainImages(int[] indices) {
        Part[] parts = new Part[indices.length];
        for (int i = 0; i < indices.length; i++) {
            parts[i] = partOf(train, indices[i]);
            if (parts[i] == null) {
                throw new IllegalArgumentException("training image " + indices[i] + " is not present in " + origin());
            }
        }
        return readAll(parts, indices);
    }

    private List<CifarImage> readAll(Part[] parts, int[] indices) {
        List<CifarImage> out = new ArrayList<>(indices.length);
        Path openFile = null;
        FileChannel channel = null;
        ByteBuffer record = ByteBuffer.allocate(format.recordBytes());
        try {
            for (int i = 0; i < indices.length; i++) {
                Part part = parts[i];
                int recordNo = indices[i] - part.firstIndex();
                if (part.memory() != null) {
                    System.arraycopy(part.memory(), recordNo * format.recordBytes(), record.array(), 0,
                            format.recordBytes());
                    out.add(toImage(record.array(), indices[i], part.name(), recordNo));
                    continue;
                }
                if (!part.file().equals(openFile)) {
                    if (channel != null) {
                        channel.close();
                    }
                    channel = FileChannel.open(part.file(), StandardOpenOption.READ);
                    openFile = part.file();
                }
                readRecord(channel, (long) recordNo * format.recordBytes(), record, part.file());
                out.add(toImage(record.array(), indices[i], part.name(), recordNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + openFile, e);
        } finally {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was written, so a failed close loses nothing
                }
            }
        }
        return out;
    }

    private static void readRecord(FileChannel channel, long position, ByteBuffer record, Path file) throws IOException {
        record.clear();
        while (record.hasRemaining()) {
            int n = channel.read(record, position + record.position());
            if (n < 0) {
                throw new UserFacingException(file + " became shorter while being read; copy it again");
            }
        }
    }

    private CifarImage toImage(byte[] record, int index, String file, int recordNo) {
        int label = record[format.classLabelOffset()] & 0xFF;
        if (label >= format.classes()) {
            throw new UserFacingException(file + ": record " + recordNo + " has label " + label + ", but "
                    + format.displayName() + " labels are 0.." + (format.classes() - 1) + ": not a "
                    + format.displayName() + " binary file");
        }
        return new CifarImage(index, label, Arrays.copyOfRange(record, format.labelBytes(), format.recordBytes()));
    }

    private static Part partOf(List<Part> parts, int index) {
        for (Part p : parts) {
            if (p.contains(index)) {
                return p;
            }
        }
        return null;
    }

    private static List<Path> findBinFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static CifarReader fromFiles(Path location, List<Path> files, CifarFormat format) {
        List<Part> train = new ArrayList<>();
        List<Part> test = new ArrayList<>();
        List<Path> unnamedTrain = new ArrayList<>();
        List<Path> unnamedTest = new ArrayList<>();
        for (Path file : files) {
            int count = recordCount(file, format);
            String name = file.getFileName().toString();
            Matcher batch = DATA_BATCH.matcher(name);
            if (batch.matches() && Integer.parseInt(batch.group(1)) >= 1) {
                int k = Integer.parseInt(batch.group(1));
                train.add(new Part(file, false, (k - 1) * CifarFormat.IMAGES_PER_BATCH_FILE, count));
            } else if (name.equals("train.bin")) {
                train.add(new Part(file, false, 0, count));
            } else if (name.equals("test_batch.bin") || name.equals("test.bin")) {
                test.add(new Part(file, true, 0, count));
            } else if (name.startsWith("test")) {
                unnamedTest.add(file);
            } else {
                unnamedTrain.add(file);
            }
        }
        appendSequentially(train, unnamedTrain, false, format);
        appendSequentially(test, unnamedTest, true, format);
        rejectOverlaps(train, "training");
        rejectOverlaps(test, "test");
        return new CifarReader(format, location, train, test);
    }

    private static void appendSequentially(List<Part> parts, List<Path> files, boolean test, CifarFormat format) {
        int next = parts.stream().mapToInt(Part::endIndex).max().orElse(0);
        for (Path file : files) {
            int count = recordCount(file, format);
            parts.add(new Part(file, test, next, count));
            next += count;
        }
    }

    private static void rejectOverlaps(List<Part> parts, String what) {
        parts.sort(Comparator.comparingInt(Part::firstIndex));
        for (int i = 1; i < parts.size(); i++) {
            Part a = parts.get(i - 1);
            Part b = parts.get(i);
            if (b.firstIndex() < a.endIndex()) {
                throw new UserFacingException(a.name() + " and " + b.name() + " both hold " + what + " images "
                        + b.firstIndex() + ".." + (Math.min(a.endIndex(), b.endIndex()) - 1)
                        + ": keep only one of them in the dataset folder");
            }
        }
    }

    private static int recordCount(Path file, CifarFormat format) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
        if (size % format.recordBytes() != 0) {
            throw new UserFacingException(file + " is " + size + " bytes, not a multiple of the "
                    + String.format(java.util.Locale.ROOT, "%,d", format.recordBytes()) + "-byte " + format.displayName()
                    + " record: truncated or not a " + format.displayName() + " binary file; download or copy it again");
        }
        long count = size / format.recordBytes();
        if (count > Integer.MAX_VALUE / 2) {
            throw new UserFacingException(file + " is too large to be a " + format.displayName() + " file");
        }
        return (int) count;
    }
}
