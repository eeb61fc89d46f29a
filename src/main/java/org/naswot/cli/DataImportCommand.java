package org.naswot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.DataImport;
import org.naswot.bench.imports.CsvMapping;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.data.download.CifarArchiveImport;
import org.naswot.data.download.DatasetSource;
import org.naswot.run.TarIntegrity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code naswot data import PATH}: a benchmark (NATS-Bench *-simple directory or .tar, nasbench_only108.tfrecord,
 * NDS .json, .csv) into {@code <data-dir>/benchmarks.sqlite}, in one transaction: a truncated or corrupt input
 * leaves the store as it was (and a store this command created is removed again). An official CIFAR archive
 * downloaded by hand ({@code cifar-10-binary.tar.gz}, {@code cifar-100-binary.tar.gz}) is checked against its
 * published MD5 and unpacked into the data directory instead, as {@code naswot data download} would.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a benchmark into <data-dir>/benchmarks.sqlite (NATS-Bench *-simple directory or .tar, "
                + "nasbench_only108.tfrecord, NDS .json, .csv), or unpack a CIFAR archive downloaded by hand.",
            "Progress goes to stderr; the summary to stdout."})
final class DataImportCommand implements Callable<Integer> {

    private static CsvMapping readMapping(Path file) {
        CsvMapping m;
        try {
            m = new com.fasterxml.jackson.databind.ObjectMapper().readValue(file.toFile(), CsvMapping.class);
        } catch (java.io.IOException e) {
            throw new org.naswot.common.UserFacingException(file + ": not a column mapping ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (m.space() == null || m.keyColumn() == null || m.metrics() == null || m.metrics().isEmpty()) {
            throw new org.naswot.common.UserFacingException(file + ": a mapping needs \"space\", \"keyColumn\" and "
                    + "at least one entry in \"metrics\"");
        }
        return m;
    }

    @Parameters(index = "0", paramLabel = "PATH", description = "The benchmark file or directory, or cifar-10-binary.tar.gz / cifar-100-binary.tar.gz.")
    Path path;

    @picocli.CommandLine.Option(names = "--mapping", paramLabel = "FILE.json",
            description = "For a .csv in another layout: what its columns mean, as JSON: {\"space\": \"nb201\", "
                    + "\"keyColumn\": \"arch_str\", \"indexColumn\": \"index\", \"archColumn\": \"arch_str\", "
                    + "\"metrics\": [{\"column\": \"acc\", \"dataset\": \"cifar10\", \"split\": \"ori-test\", "
                    + "\"budget\": 200, \"seed\": null, \"metric\": \"accuracy\"}]}.")
    Path mapping;

    @picocli.CommandLine.Option(names = "--space", paramLabel = "nds:NAME",
            description = "For an NDS .json whose name is not its space's (e.g. 'DARTS (1).json'): the space, "
                    + "e.g. nds:DARTS.")
    String space;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Output out = new Output(spec, common.json);
        DataDirectory data = DataDirectory.resolve(common.dataDir);
        CsvMapping csvMapping = mapping == null ? null : readMapping(mapping);
        DatasetSource archive = datasetArchive(path);
        if (archive != null) {
            return importArchive(out, archive, data);
        }
        DataImport.Kind kind = DataImport.detect(path); // before the store exists: unknown input creates nothing
        if (kind == DataImport.Kind.NATS && Files.isRegularFile(path)) {
            TarIntegrity.check(path);
        }
        // the space of a file whose records do not say (an NDS .json) is settled before the store exists
        String fileSpace = DataImport.storeSpace(kind, path, space).orElse(null);
        if (space != null && fileSpace == null) {
            throw new UserFacingException("--space goes with an NDS .json file; " + path + " is a " + kind + " import");
        }
        Path storeFile = data.resolve(BenchmarkStore.FILE_NAME);
        boolean existed = Files.exists(storeFile);
        String unit = kind == DataImport.Kind.NATS ? "architectures" : "records";
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "importing " + path.getFileName(),
                (done, total) -> ProgressLine.items(done, total, unit));
        ImportSummary s;
        String oversized = null;
        try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
            s = DataImport.run(path, store, progress::update, csvMapping, fileSpace);
            if (fileSpace != null) {
                // the space's own word on what was imported (NDS: entries too large for this machine)
                String id = org.naswot.spaces.SpaceModules.idOfStoreSpace(s.space()).orElse(null);
                oversized = id == null ? null : org.naswot.spaces.SpaceModules.of(id)
                        .importWarning(id, store.archStrings(s.space())).orElse(null);
            }
        } catch (RuntimeException e) {
            progress.finish();
            if (!existed) {
                deleteQuietly(storeFile);
            }
            throw oneLine(e);
        }
        progress.finish();
        if (oversized != null) {
            out.note(oversized);
        }
        if (common.json) {
            Map<String, Object> o = summaryObject(s);
            o.put("store", storeFile.toString());
            out.json(o);
        } else {
            out.text(String.format("imported %s (%s): %,d architectures, %,d metric rows%n  from %s%n  sha256 %s%n"
                            + "  into %s at %s", s.kind(), s.space(), s.architectures(), s.rows(), s.path(),
                    s.sha256() == null ? "-" : s.sha256(), storeFile, s.importedAt()));
        }
        return 0;
    }

    /** The contract fields of an import summary, in order. */
    static Map<String, Object> summaryObject(ImportSummary s) {
        Map<String, Object> o = JsonLines.object();
        o.put("kind", s.kind());
        o.put("space", s.space());
        o.put("architectures", s.architectures());
        o.put("rows", s.rows());
        o.put("path", s.path());
        o.put("sha256", s.sha256());
        o.put("imported_at", s.importedAt());
        return o;
    }

    private static DatasetSource datasetArchive(Path path) {
        return CifarArchiveImport.sourceFor(path, CifarArchiveImport.OFFICIAL).orElse(null);
    }

    private int importArchive(Output out, DatasetSource source, DataDirectory data) {
        CifarArchiveImport.Result r = CifarArchiveImport.run(path, source, data, () -> false);
        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            o.put("kind", "dataset");
            o.put("dataset", source.id());
            o.put("path", path.toAbsolutePath().toString());
            o.put("md5", r.md5());
            o.put("destination", r.destination().toString());
            o.put("files", r.files().stream().map(Path::toString).toList());
            o.put("train_images", r.trainImages());
            o.put("test_images", r.testImages());
            o.put("imported_at", Instant.now().toString());
            out.json(o);
        } else {
            out.text(String.format("unpacked %s (md5 ok) into %s: %,d training and %,d test images in %d file(s)",
                    path, r.destination(), r.trainImages(), r.testImages(), r.files().size()));
        }
        return 0;
    }

    /** A user-facing failure with its message on one line (parsers' messages can span several). */
    static RuntimeException oneLine(RuntimeException e) {
        if (e instanceof UserFacingException u && u.getMessage() != null && u.getMessage().contains("\n")) {
            return new UserFacingException(u.getMessage().replaceAll("\\s*\\R\\s*", " "), u);
        }
        return e;
    }

    private static void deleteQuietly(Path storeFile) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(storeFile.resolveSibling(storeFile.getFileName() + suffix));
            } catch (IOException ignored) {
                // the import error is the one to report
            }
        }
    }
}
