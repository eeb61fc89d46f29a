package org.naswot.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.naswot.bench.BenchmarkTable;
import org.naswot.common.UserFacingException;
import org.naswot.data.BatchFiles;
import org.naswot.data.BatchSource;
import org.naswot.data.DataDirectory;
import org.naswot.data.DrawnBatch;
import org.naswot.data.ImageBatch;
import org.naswot.data.InputKind;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.EntryAccuracies;
import org.naswot.spaces.NetworkVariant;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModules;

/**
 * A search space ready to use: its descriptor, encoding, network builder and accuracies, opened by the space's
 * module ({@link SpaceModules}). Its accuracies come from one ordered chain of {@link AccuracySource}s: the accuracies
 * that come with imported entries, an import of the official benchmark, a table of trained accuracies.
 */
public final class SpaceContext {
    private final SpaceDescriptor descriptor;
    private final SearchSpace space;
    private final NetworkBuilder builder;
    private final BenchmarkTable table;
    private final DataDirectory data;
    /** For spaces whose entries are an import (NDS): each entry's accuracy, from the same import; else null. */
    private final EntryAccuracies entries;
    /** Where accuracies come from, asked in this order: the entries', an import's, the table's, none. */
    private final List<AccuracySource> accuracies;
    /** The space id, plus the network variant when there is one. */
    private final String key;

    private SpaceContext(String key, SpaceDescriptor descriptor, SearchSpace space, NetworkBuilder builder,
                         BenchmarkTable table, DataDirectory data, EntryAccuracies entries) {
        this.key = key;
        this.descriptor = descriptor;
        this.space = space;
        this.builder = builder;
        this.table = table;
        this.data = data;
        this.entries = entries;
        this.accuracies = accuracySources(descriptor, space, table, data, entries);
    }

    /**
     * The entries' accuracies stand alone; else an import of the official benchmark (alone without a table, ahead of
     * the table for the columns it holds), then the table.
     */
    private static List<AccuracySource> accuracySources(SpaceDescriptor descriptor, SearchSpace space,
                                                        BenchmarkTable table, DataDirectory data,
                                                        EntryAccuracies entries) {
        List<AccuracySource> sources = new ArrayList<>();
        if (entries != null) {
            sources.add(new AccuracySource.Entries(entries, descriptor.id()));
        } else if (descriptor.findBenchmark().isPresent()) {
            sources.add(new AccuracySource.Imported(new ImportedAccuracies(descriptor, space, data), descriptor,
                    table == null, data.resolve(org.naswot.bench.imports.BenchmarkStore.FILE_NAME).toString()));
        }
        if (table != null) {
            sources.add(new AccuracySource.Table(table));
        }
        sources.add(new AccuracySource.None(descriptor.id(), data.root()));
        return List.copyOf(sources);
    }

    /**
     * Opens a space by id or alias, optionally with a network variant after a slash: {@code nb101/stem16}
     * builds NAS-Bench-101 networks with a 16-channel stem (the paper's released code) instead of the
     * benchmark's 128. The variant is part of {@link #key()}, so its scores are stored apart. A descriptor file's path
     * ({@code my-space.json}) opens the space it defines.
     */
    public static SpaceContext open(String spaceArgument, DataDirectory data) {
        String idOrAliasAndVariant = SpaceModules.resolve(spaceArgument);
        int slash = idOrAliasAndVariant.indexOf('/');
        String idOrAlias = slash < 0 ? idOrAliasAndVariant : idOrAliasAndVariant.substring(0, slash);
        SpaceContext base = openBase(idOrAlias, data);
        return slash < 0 ? base : base.variant(idOrAliasAndVariant.substring(slash + 1));
    }

    private SpaceContext variant(String variant) {
        NetworkVariant v = SpaceModules.of(descriptor).variant(descriptor, variant)
                .orElseThrow(() -> new UserFacingException("a network variant can only be chosen for "
                        + SpaceModules.variantHelp() + "; " + id() + " has a fixed skeleton"));
        if (v.builder() == null) {
            return this;
        }
        return new SpaceContext(id() + "/" + v.name(), descriptor, space, v.builder(), table, data, entries);
    }

    private static SpaceContext openBase(String idOrAlias, DataDirectory data) {
        SpaceDescriptor d = SpaceModules.catalog().get(idOrAlias);
        OpenedSpace opened = SpaceModules.of(d).open(d, data);
        return new SpaceContext(d.id(), d, opened.space(), opened.builder(), opened.table(), data, opened.entries());
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
        for (AccuracySource source : accuracies) {
            String column = source.defaultColumn();
            if (column != null) {
                return column;
            }
        }
        throw new IllegalStateException("the last accuracy source always answers");
    }

    /**
     * Fails with the list of available columns when {@code column} is neither one of the table's nor (for a space
     * with imports) an imported {@code dataset/split/budget} column.
     */
    public void requireAccuracyColumn(String column) {
        for (AccuracySource source : accuracies) {
            if (source.require(column)) {
                return;
            }
        }
    }

    /**
     * Trained accuracy of an architecture in the chosen column; NaN when unknown. An imported official file takes
     * precedence over the table for the columns it holds: a table column names its imported counterpart in the
     * descriptor ({@code "imported": "cifar10/ori-test/200"}), and {@code dataset/split/budget} columns are read from
     * the import directly.
     */
    public double accuracy(int index, String column) {
        for (AccuracySource source : accuracies) {
            Double v = source.accuracy(index, column);
            if (v != null) {
                return v;
            }
        }
        throw new IllegalStateException("the last accuracy source always answers");
    }

    /** The imported column standing for a table column, or null when no import holds it (or none exists). */
    public String importedKey(String tableColumn) {
        for (AccuracySource source : accuracies) {
            if (source instanceof AccuracySource.Imported imported) {
                return imported.importedKey(tableColumn);
            }
        }
        return null;
    }

    /** Where accuracies of a column come from, for provenance: "imported" or the table's source. */
    public String accuracySource(String column) {
        for (AccuracySource source : accuracies) {
            String provenance = source.provenance(column);
            if (provenance != null) {
                return provenance;
            }
        }
        throw new IllegalStateException("the last accuracy source always answers");
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
     * What a column's values are, in a few words for an axis, a title or a CSV header: "trained accuracy", or the
     * descriptor's own words for other kinds (NB301: "surrogate prediction (NB301 v1.0)", and for a published score
     * column offered as y "Suite-Zero's published nwot (not an accuracy)"); the same text in every front end.
     */
    public String accuracyKind(String column) {
        return descriptor.findBenchmark().flatMap(b -> b.findAccuracy(column)
                        .map(SpaceDescriptor.AccuracyColumn::kindOrTrained)
                        .or(() -> b.findScore(column).filter(SpaceDescriptor.ScoreColumn::plottable)
                                .map(SpaceDescriptor.ScoreColumn::kind)))
                .orElse(SpaceDescriptor.AccuracyColumn.TRAINED);
    }

    /**
     * The column as provenance names it: its name, plus its label when the values are a surrogate's predictions
     * (NB301) or published scores (Suite-Zero's proxies), so that no exported figure passes them off as trained
     * accuracies.
     */
    public String accuracyProvenance(String column) {
        boolean predicted = descriptor.findBenchmark().flatMap(b -> b.findAccuracy(column))
                .map(SpaceDescriptor.AccuracyColumn::isPredicted).orElse(false);
        boolean published = descriptor.findBenchmark().flatMap(b -> b.findScore(column)).isPresent();
        return predicted || published ? column + " (" + accuracyLabel(column) + ")" : column;
    }

    public DataDirectory data() {
        return data;
    }
}
