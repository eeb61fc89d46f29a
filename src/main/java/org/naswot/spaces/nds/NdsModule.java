package org.naswot.spaces.nds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.nds.net.NdsNetworkBuilder;
import org.naswot.space.nds.NdsSpace;
import org.naswot.spaces.EntryAccuracies;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/**
 * The Network Design Spaces (Radosavovic et al. 2019; {@code nds:DARTS}, {@code nds:ResNet}, ...): each space's
 * entries and accuracies are those of its imported json file; before the import the space is empty and says which
 * file to import.
 */
public final class NdsModule implements SpaceModule {
    /** NDS's released data (facebookresearch/nds README): one json file per design space. */
    public static final String NDS_DATA_ZIP = "https://dl.fbaipublicfiles.com/nds/data.zip";

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return descriptor.id().startsWith(NdsImporter.ID_PREFIX);
    }

    @Override
    public OpenedSpace open(SpaceDescriptor d, DataDirectory data) {
        String storeSpace = storeSpace(d);
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
        EntryAccuracies entries = new EntryAccuracies(column.column(), values, nets.isEmpty() ? ""
                : "imported " + storeFile + " (" + storeSpace + ")", missing);
        return new OpenedSpace(new NdsSpace(d.id(), nets, missing), NdsNetworkBuilder.INSTANCE, null, entries);
    }

    @Override
    public String storeSpace(SpaceDescriptor descriptor) {
        return NdsImporter.storeSpaceOf(descriptor.id());
    }

    @Override
    public String helpName(List<SpaceDescriptor> mine) {
        return NdsImporter.ID_PREFIX + "<Name> (e.g. " + String.join(", ", mine.stream().limit(3)
                .map(SpaceDescriptor::id).toList()) + "; after `naswot data import <Name>.json`)";
    }

    @Override
    public StatusFamily statusFamily() {
        return new StatusFamily(NdsImporter.ID_PREFIX + "<Name> (CIFAR-10 images, as the other spaces)",
                NdsImporter.ID_PREFIX, "unzip NDS's data.zip (" + NDS_DATA_ZIP
                + ") and run naswot data import <Name>.json for each space wanted");
    }

    /** NB301's DARTS networks take 1.25 s; NDS's vary with width and depth around that. */
    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return 1.25;
    }

    @Override
    public int order() {
        return 50;
    }

    /** Over the normal and the reduction cell together; an AnyNet network has none. */
    @Override
    public java.util.Map<String, Integer> operationCounts(org.naswot.space.Architecture architecture) {
        return architecture instanceof org.naswot.space.nds.NdsArchitecture network ? network.operationCounts()
                : java.util.Map.of();
    }

    /** Scores store the network as its NDS json 'net' object. */
    @Override
    public java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(String space, String encoding) {
        return NdsDiagrams.ofStored(space, encoding);
    }

    /** By the network itself, whatever text form the space gives it (NB301's is NASLib's compact list). */
    @Override
    public java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(
            org.naswot.space.Architecture architecture) {
        return NdsDiagrams.ofArchitecture(architecture);
    }

    @Override
    public java.util.Optional<String> sizeNote(org.naswot.space.Architecture architecture, int batch, int imageSize) {
        return NdsFit.sizeNote(architecture, batch, imageSize);
    }

    @Override
    public Fit fit(org.naswot.space.Architecture architecture, int batch, int imageSize) {
        return NdsFit.of(architecture, batch, imageSize);
    }

    @Override
    public java.util.Optional<String> importWarning(String space, List<String> encodings) {
        return NdsFit.importWarning(space, encodings);
    }
}
