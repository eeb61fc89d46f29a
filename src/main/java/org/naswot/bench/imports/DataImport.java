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

    /**
     * @param space the store's space of a file whose records do not say ({@link #storeSpace}); null: from the file
     */
    public static ImportSummary run(Path path, BenchmarkStore store, ImportProgress progress, CsvMapping mapping,
                                    String space) {
        Kind kind = detect(path);
        if (mapping != null && kind != Kind.CSV) {
            throw new UserFacingException("--mapping applies to .csv files; " + path + " is a " + kind
                    + " import, whose layout is fixed");
        }
        return switch (kind) {
            case NATS -> NatsImporter.importInto(store, path, progress);
            case CSV -> CsvImporter.importInto(store, path, mapping != null ? mapping
                    : recognised(path, CsvImporter.header(path)), progress);
            default -> {
                BenchmarkImporter importer = BenchmarkImporter.of(kind);
                yield importer.importInto(store, path, progress,
                        space != null ? space : importer.storeSpace(path, null).orElse(null));
            }
        };
    }

    /**
     * The store's space of a file whose records do not say which (an NDS .json: by its name, or {@code --space}),
     * settled before the store exists; empty for formats whose records name their space.
     *
     * @param option the {@code --space} value, or null
     */
    public static java.util.Optional<String> storeSpace(Kind kind, Path path, String option) {
        return kind == Kind.NATS || kind == Kind.CSV ? java.util.Optional.empty()
                : BenchmarkImporter.of(kind).storeSpace(path, option);
    }

    /** The built-in mapping for this header, or an error naming the columns it lacks and the --mapping option. */
    private static CsvMapping recognised(Path path, java.util.List<String> header) {
        return CsvMapping.forHeader(header).orElseGet(() -> {
            java.util.List<CsvLayout> layouts = CsvLayout.registered();
            if (layouts.isEmpty()) {
                throw new UserFacingException(path + ": no built-in CSV layout; give the columns' meaning with "
                        + "--mapping FILE.json (see `naswot data import --help`)");
            }
            java.util.List<String> missing = layouts.get(0).mapping().missingIn(header);
            throw new UserFacingException(path + ": not the " + layouts.get(0).name() + " layout (missing column"
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
