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
        return run(path, store, progress, null);
    }

    /** @param mapping how a CSV's columns map to metrics ({@code --mapping FILE.json}); null to recognise the layout */
    public static ImportSummary run(Path path, BenchmarkStore store, ImportProgress progress, CsvMapping mapping) {
        return run(path, store, progress, mapping, null);
    }

    /** @param ndsSpace the store's space of an NDS file ({@link NdsFileSpace#storeSpace}); null: from its name */
    public static ImportSummary run(Path path, BenchmarkStore store, ImportProgress progress, CsvMapping mapping,
                                    String ndsSpace) {
        Kind kind = detect(path);
        if (mapping != null && kind != Kind.CSV) {
            throw new UserFacingException("--mapping applies to .csv files; " + path + " is a " + kind
                    + " import, whose layout is fixed");
        }
        return switch (kind) {
            case NATS -> NatsImporter.importInto(store, path, progress);
            case NB101_TFRECORD -> Nb101TfrecordImporter.importInto(store, path, progress);
            case NDS_JSON -> NdsImporter.importInto(store, path, progress,
                    ndsSpace != null ? ndsSpace : NdsFileSpace.storeSpace(path, null));
            case CSV -> CsvImporter.importInto(store, path, mapping != null ? mapping
                    : recognised(path, CsvImporter.header(path)), progress);
        };
    }

    /** The built-in mapping for this header, or an error naming the columns it lacks and the --mapping option. */
    private static CsvMapping recognised(Path path, java.util.List<String> header) {
        return CsvMapping.forHeader(header).orElseGet(() -> {
            CsvMapping nb201 = CsvMapping.nb201Table();
            java.util.List<String> needed = new java.util.ArrayList<>();
            needed.add(nb201.keyColumn());
            needed.add(nb201.indexColumn());
            nb201.metrics().forEach(c -> needed.add(c.column()));
            java.util.List<String> missing = needed.stream().distinct().filter(c -> !header.contains(c)).toList();
            throw new UserFacingException(path + ": not the NB201 table layout (missing column"
                    + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing) + "'); give the columns' "
                    + "meaning with --mapping FILE.json (see `naswot data import --help`)");
        });
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
