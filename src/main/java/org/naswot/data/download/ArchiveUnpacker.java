package org.naswot.data.download;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import org.naswot.common.UserFacingException;

/**
 * Unpacks the {@code *.bin} files of one folder of a .tar.gz (e.g. {@code cifar-10-batches-bin/}) flat into a
 * destination folder. Entry names are checked before anything is written, so a hostile archive cannot
 * escape the destination ("../", absolute paths, links).
 */
public final class ArchiveUnpacker {
    private ArchiveUnpacker() {
    }

    /** @return the files written, in archive order */
    public static List<Path> unpackBins(Path archive, String memberFolder, Path destination) {
        List<Path> written = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(archive), 1 << 16)))) {
            Files.createDirectories(destination);
            Path root = destination.toAbsolutePath().normalize();
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName();
                checkSafe(archive, name, e);
                if (!e.isFile() || !name.endsWith(".bin") || !inFolder(name, memberFolder)) {
                    continue;
                }
                Path out = root.resolve(name.substring(name.lastIndexOf('/') + 1)).normalize();
                if (!out.startsWith(root)) {
                    throw new UserFacingException(archive + ": entry '" + name + "' would be written outside "
                            + destination);
                }
                Path tmp = out.resolveSibling(out.getFileName() + ".unpacking");
                Files.copy(tar, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
                written.add(out);
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot unpack " + archive + ": " + e.getMessage(), e);
        }
        if (written.isEmpty()) {
            throw new UserFacingException(archive + ": no " + memberFolder + "/*.bin files in the archive");
        }
        return written;
    }

    private static boolean inFolder(String name, String folder) {
        String n = name.startsWith("./") ? name.substring(2) : name;
        return n.startsWith(folder + "/");
    }

    private static void checkSafe(Path archive, String name, TarArchiveEntry e) {
        String n = name.replace('\\', '/');
        boolean traversal = n.startsWith("/") || n.matches("^[A-Za-z]:.*")
                || ("/" + n + "/").contains("/../");
        if (traversal || e.isSymbolicLink() || e.isLink()) {
            throw new UserFacingException(archive + ": unsafe archive entry '" + name
                    + "' (absolute path, '..' or link); refusing to unpack");
        }
    }
}
