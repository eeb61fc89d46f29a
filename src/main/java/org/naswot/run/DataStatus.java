package org.naswot.run;

import org.naswot.spaces.SpaceModules;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.data.DataDirectory;
import org.naswot.data.DatasetCatalog;
import org.naswot.data.ImageNet16Sampler;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;

/**
 * {@code naswot data status}: for every search space, which of its data items the data directory holds
 * (dataset images, the NB201 split, the benchmark table, imported benchmarks in benchmarks.sqlite) and, for
 * each missing one, the action that provides it. Derived from the space descriptors; reads only file sizes,
 * headers and the store's list of imports, and never creates files.
 */
public final class DataStatus {

    /**
     * @param item     what it is: {@code <dataset>-images}, {@code <dataset>-split}, {@code benchmark-table} or
     *                 {@code benchmark-import}
     * @param dataset  the dataset it belongs to, or null for benchmark items
     * @param required whether the space's defaults need it: the first dataset's images (the default --dataset),
     *                 the benchmark table, an imported benchmark where the space has no table; other datasets'
     *                 images are needed only to score on them, and without the split a batch is drawn from all
     *                 training images
     * @param detail   a summary when present, the problem when missing
     * @param action   what to do when missing (a command line where one exists), null when present
     * @param sources  for benchmark-import: the imports of this space in benchmarks.sqlite
     * @param builtIn  present through the application's built-in data pack (the data directory has no copy); the
     *                 detail says what it holds and the action, where there is one, gets the full-size data
     */
    public record Entry(String space, String item, String dataset, boolean present, boolean required, Path path,
                        String detail, String action, List<ImportSummary> sources, boolean builtIn) {

        Entry(String space, String item, String dataset, boolean present, boolean required, Path path, String detail,
              String action, List<ImportSummary> sources) {
            this(space, item, dataset, present, required, path, detail, action, sources, false);
        }

        /** Where the item comes from: "data-dir", "built-in", or "missing". */
        public String source() {
            return builtIn ? "built-in" : present ? "data-dir" : "missing";
        }
    }

    private final DataDirectory data;
    private final DatasetCatalog catalog;
    private final Map<String, Entry> imageCache = new HashMap<>();
    private List<ImportSummary> imports;

    public DataStatus(DataDirectory data) {
        this.data = data;
        this.catalog = new DatasetCatalog(data);
    }

    public static List<Entry> of(DataDirectory data) {
        return new DataStatus(data).entries(SpaceModules.ordered());
    }

    /** @param spaces in the order to list them */
    public List<Entry> entries(List<SpaceDescriptor> spaces) {
        List<Entry> out = new ArrayList<>();
        for (SpaceDescriptor d : spaces) {
            for (SpaceDescriptor.Dataset ds : d.datasets()) {
                out.add(images(d.id(), ds, ds == d.datasets().get(0)));
                if (ds.trainSplit() != null) {
                    out.add(split(d.id(), ds));
                }
            }
            // a declarative space's accuracy columns have no table of their own (data import --mapping brings them)
            d.findBenchmark().filter(b -> b.file() != null).ifPresent(b -> {
                boolean imported = b.file().endsWith(".sqlite");
                if (!imported) {
                    out.add(table(d.id(), b));
                }
                if (imported || !b.sources().isEmpty()) {
                    out.add(importStatus(d.id(), b, imported));
                }
            });
        }
        return out;
    }

    /**
     * The space's required import when it is missing (a space whose accuracies exist only as an official file, e.g.
     * the NATS-Bench size space), without looking at any other item.
     */
    public java.util.Optional<Entry> missingRequiredImport(SpaceDescriptor d) {
        return d.findBenchmark().filter(b -> b.file().endsWith(".sqlite"))
                .map(b -> importStatus(d.id(), b, true)).filter(e -> !e.present());
    }

    private Entry images(String space, SpaceDescriptor.Dataset ds, boolean required) {
        String id = ds.id().toLowerCase(Locale.ROOT);
        Entry e = imageCache.computeIfAbsent(id, k -> switch (k) {
            case "cifar10" -> cifar(catalog.status(DatasetCatalog.Item.CIFAR10), k);
            case "cifar100" -> cifar(catalog.status(DatasetCatalog.Item.CIFAR100), k);
            case ImageNet16Sampler.DATASET_ID -> imagenet16(k);
            default -> new Entry(null, k + "-images", k, false, true, data.resolve(k),
                    "no image reader for dataset " + k, "use --input noise", List.of());
        });
        return new Entry(space, e.item(), e.dataset(), e.present(), required, e.path(), e.detail(), e.action(),
                e.sources(), e.builtIn());
    }

    private static Entry cifar(DatasetCatalog.Status s, String id) {
        return new Entry(null, id + "-images", id, s.present(), true, s.path(), s.detail(),
                s.present() && !s.builtIn() ? null : "naswot data download " + id, List.of(), s.builtIn());
    }

    private Entry imagenet16(String id) {
        Path folder = ImageNet16Sampler.folder(data);
        List<Path> files = ImageNet16Sampler.batchFiles(folder);
        if (files.isEmpty()) {
            return new Entry(null, id + "-images", id, false, true, folder, ImageNet16Sampler.missingMessage(folder),
                    "copy the ImageNet16 train_data_batch_* files to " + folder + ", or use --input noise", List.of());
        }
        long bytes = files.stream().mapToLong(DataStatus::size).sum();
        return new Entry(null, id + "-images", id, true, true, folder, String.format(Locale.ROOT,
                "%d train_data_batch file(s), %.1f MB", files.size(), bytes / 1e6), null, List.of());
    }

    private Entry split(String space, SpaceDescriptor.Dataset ds) {
        String id = ds.id().toLowerCase(Locale.ROOT);
        Path file = data.resolve(ds.trainSplit().file());
        String action = "copy NAS-Bench-201's " + file.getFileName() + " to " + file;
        java.util.Optional<DatasetCatalog.Status> known = catalog.statusOfFile(file);
        if (known.isPresent()) {
            DatasetCatalog.Status s = known.get();
            return new Entry(space, id + "-split", id, s.present(), false, file, s.detail(), s.present() ? null : action,
                    List.of(), s.builtIn());
        }
        boolean present = Files.isRegularFile(file);
        return new Entry(space, id + "-split", id, present, false, file,
                present ? String.format(Locale.ROOT, "%.1f MB", size(file) / 1e6) : "split file not found at " + file,
                present ? null : action, List.of());
    }

    private Entry table(String space, SpaceDescriptor.Benchmark b) {
        org.naswot.data.DataFile resolved = data.file(b.file());
        Path file = resolved.path();
        if (resolved.isBuiltIn()) {
            return new Entry(space, "benchmark-table", null, true, true, file, "built-in: "
                    + resolved.builtIn().summary(), null, List.of(), true);
        }
        String action = "copy " + file.getFileName() + " to " + file + " (or point --data-dir at a folder holding "
                + b.file() + ")";
        if (!Files.isRegularFile(file)) {
            return new Entry(space, "benchmark-table", null, false, true, file, "benchmark table not found at " + file,
                    action, List.of());
        }
        if (b.file().endsWith(".json")) {
            // a Suite-Zero json table (nb301): its layout is checked when the space is opened
            return new Entry(space, "benchmark-table", null, true, true, file, String.format(Locale.ROOT, "%.1f MB",
                    size(file) / 1e6), null, List.of());
        }
        String header;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = r.readLine();
        } catch (IOException e) {
            return new Entry(space, "benchmark-table", null, false, true, file, "cannot read " + file + ": "
                    + e.getMessage(), action, List.of());
        }
        List<String> columns = header == null ? List.of() : Arrays.asList(header.split(",", -1));
        String arch = b.archColumn() == null ? "arch_str" : b.archColumn();
        if (!columns.contains(arch)) {
            return new Entry(space, "benchmark-table", null, false, true, file, file + " has no column '" + arch
                    + "' in its header: not the expected benchmark table", action, List.of());
        }
        long accuracies = b.accuracyColumns().stream().filter(columns::contains).count();
        return new Entry(space, "benchmark-table", null, true, true, file, String.format(Locale.ROOT,
                "%.1f MB, %d columns, %d of %d accuracy columns", size(file) / 1e6, columns.size(), accuracies,
                b.accuracies().size()), null, List.of());
    }

    private Entry importStatus(String space, SpaceDescriptor.Benchmark b, boolean required) {
        Path file = data.resolve(BenchmarkStore.FILE_NAME);
        List<ImportSummary> mine = imports().stream()
                .filter(s -> s.space() != null && Arrays.asList(s.space().split(","))
                        .contains(SpaceModules.of(space).storeSpace(SpaceModules.catalog().get(space)))).toList();
        String name = b.sources().isEmpty() ? "PATH" : b.sources().get(0).name();
        String action = "naswot data import <" + name + ">";
        if (mine.isEmpty()) {
            String what = b.sources().isEmpty() ? "the benchmark" : name + " (" + b.sources().get(0).what() + ")";
            return new Entry(space, "benchmark-import", null, false, required, file, "no " + space
                    + " benchmark imported" + (Files.isRegularFile(file) ? " in " + file : " (" + file + " does not exist)")
                    + "; download " + what, action, List.of());
        }
        StringBuilder detail = new StringBuilder();
        for (ImportSummary s : mine) {
            detail.append(detail.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s (%s, %,d architectures, %,d rows, %s)", s.path(), s.kind(), s.architectures(), s.rows(),
                    s.importedAt()));
        }
        return new Entry(space, "benchmark-import", null, true, required, file, detail.toString(), null, mine);
    }

    private List<ImportSummary> imports() {
        if (imports == null) {
            Path file = data.resolve(BenchmarkStore.FILE_NAME);
            if (!Files.isRegularFile(file)) {
                imports = List.of();
            } else {
                try (BenchmarkStore store = BenchmarkStore.open(file)) {
                    imports = store.sources();
                }
            }
        }
        return imports;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
