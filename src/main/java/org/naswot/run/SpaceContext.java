package org.naswot.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naswot.bench.BenchmarkTable;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.NdsImporter;
import org.naswot.common.UserFacingException;
import org.naswot.data.BatchFiles;
import org.naswot.data.BatchSource;
import org.naswot.data.DataDirectory;
import org.naswot.data.DrawnBatch;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.nn.NetworkBuilder;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.natssss.NatsSssNetworkBuilder;
import org.naswot.space.natssss.NatsSssSpace;
import org.naswot.space.nb101.Nb101Architecture;
import org.naswot.space.nb101.Nb101NetworkBuilder;
import org.naswot.space.nb101.Nb101Space;
import org.naswot.space.nb201.Nb201NetworkBuilder;
import org.naswot.space.nb201.Nb201Space;
import org.naswot.space.nb301.Nb301Space;
import org.naswot.space.nds.NdsNetworkBuilder;
import org.naswot.space.nds.NdsSpace;

/**
 * A search space ready to use: its descriptor, encoding, network builder and (where present) its
 * benchmark table of trained accuracies. Adding a space means a descriptor in {@code spaces/}, a
 * SearchSpace and a NetworkBuilder, and one case in {@link #open}.
 */
public final class SpaceContext {
    private final SpaceDescriptor descriptor;
    private final SearchSpace space;
    private final NetworkBuilder builder;
    private final BenchmarkTable table;
    private final DataDirectory data;
    /**
     * Accuracies imported into benchmarks.sqlite: the only source for a space without a table (nats-sss), and ahead
     * of the table's columns that an import holds (NB201); null for a space with no benchmark.
     */
    private final ImportedAccuracies imported;
    /** For spaces whose entries are an import (NDS): each entry's accuracy, from the same import; else null. */
    private final EntryAccuracies entries;
    /** NDS's released data (facebookresearch/nds README): one json file per design space. */
    public static final String NDS_DATA_ZIP = "https://dl.fbaipublicfiles.com/nds/data.zip";
    /** Networks of the NDS spaces and of NAS-Bench-301 (pycls' NetworkCIFAR / NetworkImageNet, AnyNet). */
    private static final NetworkBuilder NDS_BUILDER = NdsNetworkBuilder.INSTANCE;
    private static final Pattern STEM_VARIANT = Pattern.compile("stem(\\d{1,4})");
    /** The space id, plus the network variant when there is one. */
    private final String key;

    /**
     * Accuracies that come with a space's imported entries: {@code values[i]} is entry i's, in the one column the
     * space has.
     *
     * @param missing what to do when nothing is imported (values empty)
     */
    record EntryAccuracies(String column, double[] values, String source, String missing) {
    }

    private SpaceContext(SpaceDescriptor descriptor, SearchSpace space, NetworkBuilder builder, BenchmarkTable table,
                         DataDirectory data) {
        this(descriptor.id(), descriptor, space, builder, table, data, null);
    }

    private SpaceContext(String key, SpaceDescriptor descriptor, SearchSpace space, NetworkBuilder builder,
                         BenchmarkTable table, DataDirectory data, EntryAccuracies entries) {
        this.key = key;
        this.descriptor = descriptor;
        this.space = space;
        this.builder = builder;
        this.table = table;
        this.data = data;
        this.entries = entries;
        this.imported = descriptor.findBenchmark().isPresent() && entries == null
                ? new ImportedAccuracies(descriptor, space, data) : null;
    }

    /**
     * Opens a space by id or alias, optionally with a network variant after a slash: {@code nb101/stem16}
     * builds NAS-Bench-101 networks with a 16-channel stem (the paper's released code) instead of the
     * benchmark's 128. The variant is part of {@link #key()}, so its scores are stored apart.
     */
    public static SpaceContext open(String idOrAliasAndVariant, DataDirectory data) {
        int slash = idOrAliasAndVariant.indexOf('/');
        String idOrAlias = slash < 0 ? idOrAliasAndVariant : idOrAliasAndVariant.substring(0, slash);
        SpaceContext base = openBase(idOrAlias, data);
        return slash < 0 ? base : base.variant(idOrAliasAndVariant.substring(slash + 1));
    }

    private SpaceContext variant(String variant) {
        Matcher stem = STEM_VARIANT.matcher(variant);
        if (!stem.matches()) {
            throw new UserFacingException("unknown network variant '" + variant + "' of " + id()
                    + " (known: stemN, e.g. " + Nb101Space.ID + "/stem16)");
        }
        if (!Nb101Space.ID.equals(id())) {
            throw new UserFacingException("the stem width can only be chosen for " + Nb101Space.ID
                    + " (its benchmark trained 128 channels, the paper's code used 16); " + id() + " has a fixed skeleton");
        }
        int channels = Integer.parseInt(stem.group(1));
        if (channels < 1 || channels > 1024) {
            throw new UserFacingException("stem channels must be between 1 and 1024, not " + channels);
        }
        if (channels == Nb101NetworkBuilder.BENCHMARK.stemChannels()) {
            return this;
        }
        return new SpaceContext(id() + "/stem" + channels, descriptor, space, new Nb101NetworkBuilder(channels), table,
                data, null);
    }

    private static SpaceContext openBase(String idOrAlias, DataDirectory data) {
        SpaceDescriptor d = SpaceCatalog.builtIn().get(idOrAlias);
        return switch (d.id()) {
            case Nb201Space.ID -> {
                BenchmarkTable t = org.naswot.bench.CanonicalOrder.checked(BenchmarkTable.load(data, d), d);
                List<String> archs = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    archs.add(t.arch(i));
                }
                yield new SpaceContext(d, Nb201Space.fromBenchmarkOrder(archs), Nb201NetworkBuilder.BENCHMARK, t, data);
            }
            case NatsSssSpace.ID -> new SpaceContext(d, new NatsSssSpace(), NatsSssNetworkBuilder.BENCHMARK, null, data);
            case Nb101Space.ID -> {
                BenchmarkTable t = org.naswot.bench.CanonicalOrder.checked(BenchmarkTable.load(data, d), d);
                List<Nb101Architecture> cells = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    cells.add(Nb101Architecture.of(t.arch(i), t.text(i, "ops"), i));
                }
                yield new SpaceContext(d, new Nb101Space(cells), Nb101NetworkBuilder.BENCHMARK, t, data);
            }
            case Nb301Space.ID -> {
                BenchmarkTable t = org.naswot.bench.CanonicalOrder.checked(BenchmarkTable.load(data, d), d);
                List<String> archs = new ArrayList<>(t.size());
                for (int i = 0; i < t.size(); i++) {
                    archs.add(t.arch(i));
                }
                yield new SpaceContext(d, new Nb301Space(archs), NDS_BUILDER, t, data);
            }
            default -> {
                if (d.id().startsWith(NdsImporter.ID_PREFIX)) {
                    yield openNds(d, data);
                }
                throw new UserFacingException("search space " + d.id() + " has a descriptor but no builder yet");
            }
        };
    }

    /** An NDS space: the entries and accuracies of its imported file (none yet: an empty space that says so). */
    private static SpaceContext openNds(SpaceDescriptor d, DataDirectory data) {
        String storeSpace = NdsImporter.storeSpaceOf(d.id());
        Path storeFile = data.resolve(BenchmarkStore.FILE_NAME);
        SpaceDescriptor.Benchmark b = d.findBenchmark().orElseThrow(() -> new UserFacingException(
                "search space " + d.id() + " has no benchmark section in its descriptor"));
        SpaceDescriptor.AccuracyColumn column = b.defaultAccuracyColumn();
        String file = b.sources().isEmpty() ? d.id().substring(NdsImporter.ID_PREFIX.length()) + ".json"
                : b.sources().get(0).name();
        String missing = "no " + d.id() + " entries imported in " + storeFile + ": download NDS's data.zip ("
                + NDS_DATA_ZIP + ", from facebookresearch/nds), unzip it and run `naswot data import " + file
                + "` with the same --data-dir";
        List<String> nets = List.of();
        double[] values = new double[0];
        // never create a store just to find it empty
        if (Files.isRegularFile(storeFile)) {
            try (BenchmarkStore store = BenchmarkStore.open(storeFile)) {
                nets = store.archStrings(storeSpace);
                Map<Integer, Double> acc = store.metricByIndex(storeSpace, column.dataset(), column.split(), "accuracy");
                values = new double[nets.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = acc.getOrDefault(i, Double.NaN);
                }
            }
        }
        NdsSpace space = new NdsSpace(d.id(), nets, missing);
        EntryAccuracies entries = new EntryAccuracies(column.column(), values, nets.isEmpty() ? ""
                : "imported " + storeFile + " (" + storeSpace + ")", missing);
        return new SpaceContext(d.id(), d, space, NDS_BUILDER, null, data, entries);
    }

    public String id() {
        return descriptor.id();
    }

    /** The space id plus any network variant ({@code nb101/stem16}): what stored scores are keyed by. */
    public String key() {
        return key;
    }

    public SpaceDescriptor descriptor() {
        return descriptor;
    }

    public SearchSpace space() {
        return space;
    }

    public NetworkBuilder builder() {
        return builder;
    }

    /** The benchmark table, or null when the space's accuracies come from an import (or are absent). */
    public BenchmarkTable table() {
        return table;
    }

    public int datasetClasses(String dataset) {
        return descriptor.dataset(dataset).classes();
    }

    /**
     * The scoring batch: a given .npy file, Gaussian noise, or images drawn from the dataset (with any
     * fallback reported through {@code notes}).
     */
    public ImageBatch batch(String dataset, InputKind input, int size, long seed, Path batchFile,
                            Consumer<String> notes) {
        if (batchFile != null) {
            SpaceDescriptor.Dataset ds = descriptor.dataset(dataset);
            return BatchFiles.loadNpy(batchFile, ds.channels(), ds.imageSize());
        }
        DrawnBatch drawn = BatchSource.create(data, descriptor.dataset(dataset), input, size, seed);
        drawn.warnings().forEach(notes);
        return drawn.batch();
    }

    /** Whether accuracies come with the space's imported entries (NDS) rather than a table or an import of its own. */
    public boolean accuraciesFromEntries() {
        return entries != null;
    }

    public String defaultAccuracyColumn() {
        if (entries != null) {
            return entries.column();
        }
        if (table == null) {
            return imported == null ? "" : imported.defaultColumn();
        }
        return table.defaultAccuracy().column();
    }

    /**
     * Fails with the list of available columns when {@code column} is neither one of the table's nor (for a space
     * with imports) an imported {@code dataset/split/budget} column.
     */
    public void requireAccuracyColumn(String column) {
        if (entries != null) {
            if (!entries.column().equals(column)) {
                throw new UserFacingException("unknown accuracy column '" + column + "' for " + id() + " (available: "
                        + entries.column() + ")");
            }
            if (entries.values().length == 0) {
                throw new UserFacingException(entries.missing());
            }
            return;
        }
        if (table != null && table.benchmark().scores().stream().anyMatch(sc -> sc.column().equals(column))) {
            table.column(column);
            return;
        }
        if (imported != null && (table == null || ImportedAccuracies.isImportedColumn(column))) {
            imported.require(column);
            return;
        }
        if (table == null) {
            throw new UserFacingException("no accuracy table for " + id() + " in " + data.root()
                    + ": import the benchmark first (naswot data import PATH)");
        }
        table.accuracy(0, table.benchmark().accuracy(column));
    }

    /**
     * Trained accuracy of an architecture in the chosen column; NaN when unknown. An imported official file takes
     * precedence over the table for the columns it holds: a table column names its imported counterpart in the
     * descriptor ({@code "imported": "cifar10/ori-test/200"}), and {@code dataset/split/budget} columns are read from
     * the import directly.
     */
    public double accuracy(int index, String column) {
        if (entries != null) {
            return column.equals(entries.column()) && index >= 0 && index < entries.values().length
                    ? entries.values()[index] : Double.NaN;
        }
        if (imported != null) {
            String key = table == null || ImportedAccuracies.isImportedColumn(column) ? column : importedKey(column);
            if (key != null) {
                double v = imported.accuracy(index, key);
                if (!Double.isNaN(v) || table == null || key.equals(column)) {
                    return v;
                }
            }
        }
        if (table == null || index < 0 || !table.contains(index)) {
            return Double.NaN;
        }
        return table.value(index, column);
    }

    /** The imported column standing for a table column, or null when no import holds it (or none exists). */
    public String importedKey(String tableColumn) {
        if (imported == null || !imported.available()) {
            return null;
        }
        return descriptor.findBenchmark().flatMap(b -> b.accuracies().stream()
                .filter(a -> a.column().equals(tableColumn) && a.imported() != null).findFirst())
                .map(SpaceDescriptor.AccuracyColumn::imported).orElse(null);
    }

    /** Where accuracies of a column come from, for provenance: "imported" or the table's source. */
    public String accuracySource(String column) {
        if (entries != null) {
            return entries.source();
        }
        if (imported != null && imported.available()
                && (table == null || ImportedAccuracies.isImportedColumn(column) || importedKey(column) != null)) {
            return "imported " + data.resolve(org.naswot.bench.imports.BenchmarkStore.FILE_NAME);
        }
        return table == null ? "" : table.source();
    }

    /**
     * What a column holds, as the descriptor labels it (e.g. NB301's "predicted by the NAS-Bench-301 v1.0 surrogate
     * model"), or the column's name when the descriptor has no label for it.
     */
    public String accuracyLabel(String column) {
        return descriptor.findBenchmark().flatMap(b -> b.findAccuracy(column).map(SpaceDescriptor.AccuracyColumn::label)
                .or(() -> b.scores().stream().filter(sc -> sc.column().equals(column)).findFirst()
                        .map(SpaceDescriptor.ScoreColumn::label))).filter(l -> l != null && !l.isBlank()).orElse(column);
    }

    /**
     * The column as provenance names it: its name, plus its label when the values are a surrogate's predictions
     * (NB301), so that no exported figure passes them off as trained accuracies.
     */
    public String accuracyProvenance(String column) {
        boolean predicted = descriptor.findBenchmark().flatMap(b -> b.findAccuracy(column))
                .map(SpaceDescriptor.AccuracyColumn::isPredicted).orElse(false);
        return predicted ? column + " (" + accuracyLabel(column) + ")" : column;
    }

    public DataDirectory data() {
        return data;
    }
}
