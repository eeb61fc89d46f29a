package org.naswot.app.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.DataImport;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.data.DataDirectory;
import org.naswot.data.DatasetCatalog;
import org.naswot.data.InputKind;
import org.naswot.data.download.CifarArchiveImport;
import org.naswot.data.download.DatasetSource;
import org.naswot.run.DataStatus;
import org.naswot.run.SpaceContext;
import org.naswot.run.TarIntegrity;
import org.naswot.space.SpaceDescriptor;

/**
 * What the chosen space and dataset need from the data directory: what is missing, which built-in data is used, and
 * the download or import that completes it (in the background, its progress in the status line).
 */
public final class DataChecksViewModel {
    public final StringProperty dataProblem = new SimpleStringProperty("");
    /** Which built-in data the current choice uses and how to get the full data; empty when none. */
    public final StringProperty dataNotice = new SimpleStringProperty("");
    /** The dataset whose official archive the window offers to download (built-in or missing images); "" for none. */
    public final StringProperty downloadable = new SimpleStringProperty("");
    public final BooleanProperty downloading = new SimpleBooleanProperty(false);
    /** The official benchmark file the current space needs imported (e.g. NATS-sss-v1_0-50262-simple.tar); "" for none. */
    public final StringProperty importable = new SimpleStringProperty("");

    private final DataDirectory data;
    private final Supplier<SpaceDescriptor> space;
    private final StringProperty dataset;
    private final ObjectProperty<InputKind> input;
    private final IntegerProperty seed;
    private final StatusLine line;
    /** The archives File ▸ Import data… knows by name (tests put a fixture's checksum here). */
    java.util.List<DatasetSource> archiveSources = CifarArchiveImport.OFFICIAL;
    private Task<?> dataTask;

    DataChecksViewModel(DataDirectory data, Supplier<SpaceDescriptor> space, StringProperty dataset,
                        ObjectProperty<InputKind> input, IntegerProperty seed, StatusLine line) {
        this.data = data;
        this.space = space;
        this.dataset = dataset;
        this.input = input;
        this.seed = seed;
        this.line = line;
    }

    /**
     * Says which data the current choice uses from the built-in pack, what is missing and how to get it; the noise
     * input still works without any data.
     */
    public void checkData() {
        StringBuilder missing = new StringBuilder();
        StringBuilder builtIn = new StringBuilder();
        boolean imagesMissing = false;
        boolean imagesBuiltIn = false;
        java.util.Set<Path> spaceFiles = spaceFiles();
        for (DatasetCatalog.Status s : new DatasetCatalog(data).status()) {
            // only what the current choice needs: its images, and the table and split its space's descriptor names
            boolean images = s.item().id().equals(dataset.get());
            boolean needed = images || spaceFiles.contains(s.path());
            if (needed && !s.present()) {
                missing.append("\u2022 ").append(s.detail()).append('\n');
                imagesMissing |= images;
            } else if (needed && s.builtIn() && images) {
                builtIn.append(s.detail().replaceFirst("^built-in: ", "").replaceFirst("; run .*$", ""));
                imagesBuiltIn = true;
            }
        }
        boolean offerDownload = (imagesMissing || imagesBuiltIn)
                && (dataset.get().equals("cifar10") || dataset.get().equals("cifar100"));
        downloadable.set(offerDownload ? dataset.get() : "");
        dataNotice.set(imagesBuiltIn ? "Built-in images: " + builtIn + ", packed into the application. Scores are "
                + "marked as computed on them; download the full dataset (about 170 MB) for all." : "");
        boolean noEntries = checkImport(missing);
        if (missing.length() > 0) {
            // the user's Input stays as chosen (review N4: it silently became noise, and stayed): the notice says
            // what is missing and the ways out, and scoring without the images is refused saying the same
            dataProblem.set("Missing in " + data.root() + ":\n" + missing + wayOut(imagesMissing, noEntries));
        } else {
            dataProblem.set("");
        }
    }

    /** The data directory's files the current space's descriptor names: its benchmark table, its datasets' splits. */
    private java.util.Set<Path> spaceFiles() {
        SpaceDescriptor d = space.get();
        java.util.Set<Path> files = new java.util.HashSet<>();
        d.findBenchmark().filter(b -> b.file() != null).ifPresent(b -> files.add(data.resolve(b.file())));
        d.datasets().forEach(ds -> ds.split().filter(t -> t.file() != null)
                .ifPresent(t -> files.add(data.resolve(t.file()))));
        return files;
    }

    /**
     * Noise stands in for missing images only: a space whose architectures come with its import has nothing to score
     * before it, whatever the input (review N15).
     */
    private String wayOut(boolean imagesMissing, boolean noEntries) {
        if (noEntries) {
            return "Score needs the import first, whatever the Input: use the Import button below or the "
                    + "command above.";
        }
        return imagesMissing ? "Point NASWOT_DATA (or --data-dir) at your data, or choose Input: noise to score on "
                + "Gaussian inputs right away." : "Point NASWOT_DATA (or --data-dir) at a data directory that has it.";
    }

    /**
     * A space whose accuracies exist only as an official file to import (NATS-Bench size space, NDS).
     *
     * @return whether the space has no architectures before that import (NDS: its entries are the import's)
     */
    private boolean checkImport(StringBuilder missing) {
        SpaceDescriptor d = space.get();
        importable.set("");
        return new DataStatus(data).missingRequiredImport(d).map(e -> {
            String file = d.benchmark().sources().isEmpty() ? "the benchmark file" : d.benchmark().sources().get(0).name();
            boolean noEntries = SpaceContext.open(d.id(), data).space().size() == 0;
            missing.append("\u2022 no ").append(d.id()).append(noEntries ? " architectures or accuracies" : " accuracies")
                    .append(" imported: download ").append(file)
                    .append(" (see the README) and import it with the button below, or `").append(e.action())
                    .append("`\n");
            importable.set(file);
            return noEntries;
        }).orElse(false);
    }

    /** The data directory the window reads. */
    public DataDirectory data() {
        return data;
    }

    /** Where the current choice's input comes from, for provenance before a run is stored. */
    public String imagesDescription() {
        if (input.get() == InputKind.NOISE) {
            return "Gaussian noise, seed " + seed.get();
        }
        DatasetCatalog catalog = new DatasetCatalog(data);
        return Arrays.stream(DatasetCatalog.Item.values()).filter(i -> i.id().equals(dataset.get()))
                .findFirst().map(catalog::status)
                .map(s -> s.builtIn() ? dataset.get() + " (" + s.detail().replaceFirst("; run .*$", "") + ")"
                        : dataset.get() + " images in " + s.path())
                .orElse(dataset.get());
    }

    /** Imports an official benchmark file into the data directory in the background, then checks the data again. */
    public void importBenchmark(Path file) {
        if (file == null || downloading.get() || line.running().get()) {
            return;
        }
        Task<ImportSummary> t = new Task<>() {
            @Override
            protected ImportSummary call() {
                updateMessage("Importing " + file.getFileName() + " into " + data.root() + "...");
                if (DataImport.detect(file) == DataImport.Kind.NATS && Files.isRegularFile(file)) {
                    TarIntegrity.check(file);
                }
                try (BenchmarkStore store = BenchmarkStore.open(data.resolve(BenchmarkStore.FILE_NAME))) {
                    return DataImport.run(file, store, (done, total) -> {
                        updateMessage(String.format(Locale.ROOT, "Importing %s: %,d%s", file.getFileName(),
                                done, total > 0 ? String.format(Locale.ROOT, " of %,d", total) : ""));
                        if (total > 0) {
                            updateProgress(done, total);
                        }
                    });
                }
            }
        };
        runDataTask(t, "naswot-import", r -> String.format(Locale.ROOT,
                "Imported %s: %,d architectures, %,d values.", file.getFileName(), r.architectures(), r.rows()),
                x -> "Import failed: " + ExplorerViewModel.describe(x));
    }

    /**
     * Unpacks a CIFAR archive downloaded by hand into the data directory in the background, as
     * {@code naswot data import} does, then checks the data again; another file is refused in one sentence.
     */
    public ArchiveImportTask importArchive(Path file) {
        if (file == null || downloading.get() || line.running().get()) {
            return null;
        }
        DatasetSource source = CifarArchiveImport.sourceFor(file, archiveSources).orElse(null);
        if (source == null) {
            line.status().set("Not imported: " + file.getFileName() + " is not an official CIFAR archive; choose "
                    + "cifar-10-binary.tar.gz or cifar-100-binary.tar.gz as downloaded, or import a benchmark file "
                    + "with the Import button for its space.");
            return null;
        }
        ArchiveImportTask t = new ArchiveImportTask(file, source, data);
        runDataTask(t, "naswot-import-archive", r -> String.format(Locale.ROOT, "Imported %s: %,d training and %,d "
                + "test images into %s; new runs use them.", file.getFileName(), r.trainImages(), r.testImages(),
                r.destination()), x -> "Import failed, nothing written: " + ExplorerViewModel.describe(x));
        return t;
    }

    /** Stops the running download or import (the Cancel button); the status says so when it has stopped. */
    public void cancelDataTask() {
        if (dataTask != null && dataTask.isRunning()) {
            dataTask.cancel();
        }
    }

    /** Downloads the offered dataset in the background, then checks the data again. */
    public DatasetDownloadTask download() {
        if (downloadable.get().isEmpty() || downloading.get() || line.running().get()) {
            return null;
        }
        String id = downloadable.get();
        DatasetDownloadTask t = new DatasetDownloadTask(DatasetSource.byId(id), data);
        // where this machine is offline the archive can be fetched by hand and imported
        runDataTask(t, "naswot-download", files -> "Downloaded " + files.size() + " file(s) into " + data.resolve(id)
                + "; new runs use all images.", x -> "Download failed: " + ExplorerViewModel.describe(x)
                + " (download the archive by hand and use Import archive\u2026 under Download)");
        return t;
    }

    /** Runs a data task (download, import) in the background, its progress in the status line, then checks the data. */
    private <T> void runDataTask(Task<T> t, String threadName, Function<T, String> succeeded,
                                 Function<Throwable, String> failed) {
        line.follow(t);
        dataTask = t;
        downloading.set(true);
        Runnable done = () -> {
            line.release(null);
            downloading.set(false);
            checkData();
        };
        t.setOnSucceeded(e -> {
            done.run();
            line.status().set(succeeded.apply(t.getValue()));
        });
        t.setOnFailed(e -> {
            done.run();
            line.status().set(failed.apply(t.getException()));
        });
        t.setOnCancelled(e -> {
            done.run();
            line.status().set(t.getTitle() + (t instanceof ArchiveImportTask ? " cancelled; nothing was written."
                    : " cancelled."));
        });
        Thread thread = new Thread(t, threadName);
        thread.setDaemon(true);
        thread.start();
    }
}
