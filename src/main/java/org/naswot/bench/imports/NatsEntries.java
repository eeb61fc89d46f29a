package org.naswot.bench.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import org.naswot.common.UserFacingException;

/**
 * Walks the {@code *.pickle.pbz2} files of a NATS "simple" benchmark, given as its directory or as the
 * published .tar, one file at a time so memory stays bounded whatever the archive size.
 */
final class NatsEntries {
    static final String SUFFIX = ".pickle.pbz2";

    interface Visitor {
        /** @param name file name without directories; in is only valid during the call */
        void visit(String name, InputStream in) throws Exception;
    }

    private NatsEntries() {
    }

    /** Number of architecture files, or -1 where counting would need a pass over the archive. */
    static long countArchFiles(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            return -1;
        }
        return listDir(source).stream().filter(p -> isArchFile(p.getFileName().toString())).count();
    }

    static boolean isArchFile(String name) {
        return name.endsWith(SUFFIX) && name.substring(0, name.length() - SUFFIX.length()).matches("\\d+");
    }

    static void forEach(Path source, Visitor visitor) throws Exception {
        if (Files.isDirectory(source)) {
            for (Path p : listDir(source)) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
                    visitor.visit(p.getFileName().toString(), in);
                }
            }
            return;
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
            TarArchiveEntry e;
            while ((e = nextEntry(tar, source)) != null) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (e.isFile() && name.endsWith(SUFFIX)) {
                    visitor.visit(name, tar);
                }
            }
        }
    }

    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, Path source) {
        try {
            return tar.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(source + ": not a readable tar archive at byte " + tar.getBytesRead()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Sorted so that imports are reproducible and meta.pickle.pbz2 sorts after the numbered files. */
    private static List<Path> listDir(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path p : ds) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }
}
