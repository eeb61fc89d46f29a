package org.naswot.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.naswot.common.UserFacingException;

/** {@code naswot data import <path>}: recognises what a benchmark file is and runs the matching importer. */
public final class DataImport {
    public enum Kind { NATS, NB101_TFRECORD, NDS_JSON, CSV }

    private DataImport() {
    }

    /** Decides by layout and content, not only by name; unknown input is a UserFacingException. */
    public static Kind detect(Path path) {
        if (!Files.exists(path)) {
            throw new UserFacingException(path + ": no such file or directory");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(NatsEntries.SUFFIX))) {
                    return Kind.NATS;
                }
            } catch (IOException e) {
                throw new UserFacingException("cannot list " + path + ": " + e.getMessage(), e);
            }
            throw new UserFacingException(path + ": a directory without *.pickle.pbz2 files is not a NATS-Bench "
                    + "benchmark");
        }
        byte[] head = head(path, 512);
        if (name.endsWith(".tar") || isTar(head)) {
            return Kind.NATS;
        }
        if (name.endsWith(".tfrecord") || name.endsWith(".tfrecords")) {
            return Kind.NB101_TFRECORD;
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
        if (name.endsWith(".json") || text.startsWith("[") || text.startsWith("{")) {
            return Kind.NDS_JSON;
        }
        if (name.endsWith(".csv")) {
            return Kind.CSV;
        }
        throw new UserFacingException(path + ": unknown benchmark format (expected a NATS-Bench *-simple directory "
                + "or .tar, nasbench_only108.tfrecord, an NDS .json or a .csv)");
    }

    public static ImportSummary run(Path path, BenchmarkStore store, ImportProgress progress) {
        return switch (detect(path)) {
            case NATS -> NatsImporter.importInto(store, path, progress);
            case NB101_TFRECORD -> Nb101TfrecordImporter.importInto(store, path, progress);
            case NDS_JSON -> NdsImporter.importInto(store, path, progress);
            case CSV -> CsvImporter.importInto(store, path, CsvMapping.forHeader(CsvImporter.header(path))
                    .orElseThrow(() -> new UserFacingException(path + ": CSV columns not recognised; import it "
                            + "with an explicit column mapping")), progress);
        };
    }

    /** POSIX/GNU tar headers carry "ustar" at offset 257. */
    private static boolean isTar(byte[] head) {
        return head.length >= 262 && new String(head, 257, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("ustar");
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
