package org.naswot.space;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;

/**
 * A search space's description as stored in {@code spaces/*.json}: identity, cell encoding, network
 * skeleton, the datasets it is benchmarked on and the benchmark table's columns. Unknown JSON properties
 * are ignored so that descriptors can grow without breaking older readers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpaceDescriptor(String id, List<String> aliases, String name, String paper, String encoding,
                              List<String> ops, Cell cell, Skeleton skeleton, Integer size,
                              List<Dataset> datasets, Benchmark benchmark) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SpaceDescriptor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        ops = ops == null ? List.of() : List.copyOf(ops);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** The cell DAG of cell-based spaces. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cell(int nodes, int[][] edges, String format) {
    }

    /** How the network around the cells is built; the builder name selects the implementation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skeleton(String builder, Integer stemChannels, Integer cellsPerStage, int[] stageChannels,
                           Integer inputSize) {
    }

    /**
     * A dataset entry. {@code mean} and {@code std} are per channel on the 0..255 byte scale, as the
     * reference code writes them (e.g. 125.3 for CIFAR-10's red channel).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dataset(String id, String name, int classes, int imageSize, double[] mean, double[] std,
                          String layout, TrainSplit trainSplit, Source source) {
        public int channels() {
            return mean == null ? 0 : mean.length;
        }

        public Optional<TrainSplit> split() {
            return Optional.ofNullable(trainSplit);
        }
    }

    /** The file (relative to the data directory) and key of the subset that scoring batches come from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TrainSplit(String file, String key) {
    }

    /** Where a user downloads a file, with its checksum. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String url, String md5, Long bytes) {
    }

    /**
     * The benchmark table: a CSV under the data directory (or built into the application) with one row per
     * architecture. {@code paramsImported} names the imported metric that stands for the params column (e.g.
     * {@code cifar10/params}, in millions like the column), or null.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Benchmark(String file, String indexColumn, String archColumn, String paramsColumn,
                            Double paramsScale, String defaultAccuracy, List<AccuracyColumn> accuracies,
                            List<ScoreColumn> scores, List<BenchmarkSource> sources, String paramsImported) {

        public Benchmark(String file, String indexColumn, String archColumn, String paramsColumn, Double paramsScale,
                         String defaultAccuracy, List<AccuracyColumn> accuracies, List<ScoreColumn> scores,
                         List<BenchmarkSource> sources) {
            this(file, indexColumn, archColumn, paramsColumn, paramsScale, defaultAccuracy, accuracies, scores, sources,
                    null);
        }

        public Benchmark {
            accuracies = accuracies == null ? List.of() : List.copyOf(accuracies);
            scores = scores == null ? List.of() : List.copyOf(scores);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        public List<String> accuracyColumns() {
            return accuracies.stream().map(AccuracyColumn::column).toList();
        }

        /** The published score column of this name, if the table has one. */
        public Optional<ScoreColumn> findScore(String column) {
            return scores.stream().filter(sc -> sc.column().equals(column)).findFirst();
        }

        /**
         * What the y picker offers, in order: every accuracy column, then the published score columns that say what
         * their values are (NB301's Suite-Zero proxies), each under its section's heading.
         */
        public List<YChoice> yChoices() {
            List<YChoice> out = new java.util.ArrayList<>();
            accuracies.forEach(a -> out.add(new YChoice(a.column(), a.label(), "")));
            scores.stream().filter(ScoreColumn::plottable)
                    .forEach(sc -> out.add(new YChoice(sc.column(), sc.label(), sc.section())));
            return out;
        }

        /** Whether {@code column} is one the y picker offers. */
        public boolean offersY(String column) {
            return yChoices().stream().anyMatch(c -> c.column().equals(column));
        }

        public Optional<AccuracyColumn> findAccuracy(String column) {
            return accuracies.stream().filter(a -> a.column().equals(column)).findFirst();
        }

        /** The accuracy metric of {@code column}; an unknown one is an error listing the known columns. */
        public AccuracyColumn accuracy(String column) {
            return findAccuracy(column).orElseThrow(() -> new UserFacingException("unknown accuracy column '"
                    + column + "' (available: " + String.join(", ", accuracyColumns()) + ")"));
        }

        /** The metric used when the user names none (for NB201: the paper's CIFAR-10 validation accuracy). */
        public AccuracyColumn defaultAccuracyColumn() {
            if (defaultAccuracy != null) {
                return accuracy(defaultAccuracy);
            }
            if (accuracies.isEmpty()) {
                throw new UserFacingException("the benchmark " + file + " lists no accuracy columns");
            }
            return accuracies.get(0);
        }
    }

    /**
     * One accuracy column (in %) of the benchmark table, with what it measures. {@code predicted}: the values are a
     * surrogate model's predictions, not trained results (NAS-Bench-301), and every output naming the column says so.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccuracyColumn(String column, String dataset, String split, int epochs, String label,
                                 String imported, Boolean predicted, String kind) {
        /** What a column holds when the descriptor does not say: trained results. */
        public static final String TRAINED = "trained accuracy";

        /** A column that no imported benchmark file holds. */
        public AccuracyColumn(String column, String dataset, String split, int epochs, String label) {
            this(column, dataset, split, epochs, label, null, null, null);
        }

        public AccuracyColumn(String column, String dataset, String split, int epochs, String label,
                              String imported) {
            this(column, dataset, split, epochs, label, imported, null, null);
        }

        /**
         * What the values are, in a few words for an axis, a title and a CSV header: the descriptor's "kind" (NB301:
         * "surrogate prediction (NB301 v1.0)"), else "trained accuracy".
         */
        public String kindOrTrained() {
            return kind == null || kind.isBlank() ? TRAINED : kind;
        }

        public boolean isPredicted() {
            return Boolean.TRUE.equals(predicted);
        }
    }

    /**
     * A column of previously published scores (e.g. the authors' own). One with a {@code kind} (NB301: "Suite-Zero's
     * published nwot (not an accuracy)") can be plotted as y, under its {@code section} of the picker; its kind ends
     * with {@link #NOT_AN_ACCURACY}, so no axis, title or CSV header passes it off as an accuracy in %.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoreColumn(String column, String label, String kind, String section) {
        /** How the kind of every plottable published score ends: what no accuracy's kind says. */
        public static final String NOT_AN_ACCURACY = "(not an accuracy)";

        public ScoreColumn(String column, String label) {
            this(column, label, null, null);
        }

        /** Whether the column is offered as y (the descriptor says what its values are). */
        public boolean plottable() {
            return kind != null && !kind.isBlank();
        }

        /** Whether a y kind is a published score's rather than an accuracy's (no "%" on its axis). */
        public static boolean isNotAnAccuracy(String kind) {
            return kind != null && kind.endsWith(NOT_AN_ACCURACY);
        }
    }

    /**
     * One entry of the y picker: a column and its label, under a section heading ("" for the accuracies, which
     * come first; NB301's published Suite-Zero proxy values under their own).
     */
    public record YChoice(String column, String label, String section) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BenchmarkSource(String name, String what, String url) {
    }

    /** Reads a descriptor file. */
    public static SpaceDescriptor read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(file + ": search-space descriptor not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a descriptor packaged in the jar, e.g. {@code fromResource("nas-bench-201.json")}. */
    public static SpaceDescriptor fromResource(String fileName) {
        String resource = "/spaces/" + fileName;
        try (InputStream in = SpaceDescriptor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("descriptor resource " + resource + " is missing from the build");
            }
            return parse(in, "classpath:" + resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }

    /** Parses descriptor JSON; {@code source} names it in error messages. */
    public static SpaceDescriptor parse(InputStream json, String source) {
        SpaceDescriptor d;
        try {
            d = JSON.readValue(json, SpaceDescriptor.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new UserFacingException(source + ": invalid search-space descriptor" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (d == null) {
            throw new UserFacingException(source + ": empty search-space descriptor");
        }
        d.validate(source);
        return d;
    }

    /** The dataset entry with this id; an unknown id is an error listing the known ones. */
    public Dataset dataset(String datasetId) {
        return findDataset(datasetId).orElseThrow(() -> new UserFacingException("search space " + id
                + " has no dataset '" + datasetId + "' (available: "
                + datasets.stream().map(Dataset::id).collect(Collectors.joining(", ")) + ")"));
    }

    public Optional<Dataset> findDataset(String datasetId) {
        return datasets.stream().filter(ds -> ds.id().equalsIgnoreCase(datasetId)).findFirst();
    }

    /** True when {@code name} is this space's id or one of its aliases, ignoring case. */
    public boolean answersTo(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(id), aliases.stream()).anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n));
    }

    public Optional<Benchmark> findBenchmark() {
        return Optional.ofNullable(benchmark);
    }

    private void validate(String source) {
        if (id == null || id.isBlank()) {
            throw new UserFacingException(source + ": search-space descriptor has no \"id\"");
        }
        for (Dataset ds : datasets) {
            if (ds.id() == null) {
                throw new UserFacingException(source + ": a dataset entry has no \"id\"");
            }
            int meanLength = ds.mean() == null ? -1 : ds.mean().length;
            int stdLength = ds.std() == null ? -1 : ds.std().length;
            if (meanLength <= 0 || meanLength != stdLength) {
                throw new UserFacingException(source + ": dataset " + ds.id()
                        + " needs \"mean\" and \"std\" lists of equal, non-zero length (one value per channel)");
            }
            for (double s : ds.std()) {
                if (!(s > 0)) {
                    throw new UserFacingException(source + ": dataset " + ds.id() + " has a non-positive std " + s);
                }
            }
        }
        for (ScoreColumn sc : benchmark == null ? List.<ScoreColumn>of() : benchmark.scores()) {
            if (sc.plottable() && (!ScoreColumn.isNotAnAccuracy(sc.kind()) || sc.section() == null
                    || sc.section().isBlank())) {
                throw new UserFacingException(source + ": score column " + sc.column() + " needs a \"kind\" ending in "
                        + ScoreColumn.NOT_AN_ACCURACY + " and a \"section\" to be offered as y");
            }
        }
        if (benchmark != null && benchmark.defaultAccuracy() != null
                && benchmark.findAccuracy(benchmark.defaultAccuracy()).isEmpty()) {
            throw new UserFacingException(source + ": benchmark defaultAccuracy '" + benchmark.defaultAccuracy()
                    + "' is not one of its accuracies");
        }
    }
}
