package org.naswot.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;
import org.naswot.data.CifarFormat;
import org.naswot.data.CifarReader;
import org.naswot.data.DataDirectory;

/**
 * An official CIFAR archive downloaded by hand ({@code cifar-10-binary.tar.gz}, {@code cifar-100-binary.tar.gz}),
 * checked against its published MD5 and unpacked into the data directory, as {@code naswot data download} would
 * (used by {@code naswot data import} and the window's File ▸ Import data…). The .bin files are unpacked into a
 * staging folder first and moved into place only when all of them are there, so a bad archive or a cancel leaves the
 * data directory as it was.
 */
public final class CifarArchiveImport {
    /** The official archives, known by their file names. */
    public static final List<DatasetSource> OFFICIAL = List.of(DatasetSource.CIFAR10, DatasetSource.CIFAR100);

    /** What an import did. */
    public record Result(DatasetSource source, String md5, Path destination, List<Path> files, int trainImages,
                         int testImages) {
    }

    private CifarArchiveImport() {
    }

    /** The archive {@code file} is by its name, among {@code sources}; empty when it is none of them. */
    public static Optional<DatasetSource> sourceFor(Path file, List<DatasetSource> sources) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return sources.stream().filter(s -> s.fileName().equals(name)).findFirst();
    }

    /**
     * Checks {@code file} against {@code source}'s MD5 and unpacks its .bin files into {@code <data>/<source.id>}.
     *
     * @param cancelled polled between steps; when true, stops with a {@link CancellationException}, nothing written
     */
    public static Result run(Path file, DatasetSource source, DataDirectory data, BooleanSupplier cancelled) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(file + ": no such file");
        }
        String md5 = md5(file, cancelled);
        if (!md5.equalsIgnoreCase(source.md5())) {
            throw new UserFacingException(file + ": md5 " + md5 + ", expected " + source.md5() + " (the official "
                    + source.fileName() + "): incomplete or a different file; download it again");
        }
        Path destination = data.resolve(source.id());
        Path staging = data.resolve("." + source.id() + ".importing");
        List<Path> files = new ArrayList<>();
        try {
            deleteTree(staging);
            for (Path unpacked : ArchiveUnpacker.unpackBins(file, source.memberFolder(), staging)) {
                files.add(destination.resolve(unpacked.getFileName().toString()));
            }
            stopIf(cancelled);
            Files.createDirectories(destination);
            for (Path f : files) {
                Files.move(staging.resolve(f.getFileName().toString()), f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot unpack " + file + " into " + destination + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
        CifarReader reader = CifarReader.open(destination, CifarFormat.forDataset(source.id()));
        return new Result(source, md5, destination, List.copyOf(files), reader.trainCount(), reader.testCount());
    }

    private static String md5(Path file, BooleanSupplier cancelled) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                stopIf(cancelled);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import cancelled");
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover staging folder is hidden and replaced by the next import
        }
    }
}
