package org.naswot.spaces.nb301;

import java.util.List;
import org.naswot.bench.BenchmarkTable;
import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.nb301.Nb301Space;
import org.naswot.space.nds.net.NdsNetworkBuilder;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/**
 * NAS-Bench-301: the DARTS cells of its Suite-Zero table, built as pycls' NetworkCIFAR; its accuracies are a
 * surrogate model's predictions (the descriptor labels them so).
 */
public final class Nb301Module implements SpaceModule {

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return descriptor.id().equals(Nb301Space.ID);
    }

    @Override
    public OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data) {
        BenchmarkTable t = org.naswot.bench.CanonicalOrder.load(data, descriptor);
        List<String> archs = t.archStrings();
        return OpenedSpace.withTable(new Nb301Space(archs), NdsNetworkBuilder.INSTANCE, t);
    }

    /** bench median 1.25 s per network with two threads on two cores. */
    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return 1.25;
    }

    @Override
    public int order() {
        return 40;
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
        return org.naswot.spaces.nds.NdsDiagrams.ofStored(space, encoding);
    }

    /** By the network itself, whatever text form the space gives it (NB301's is NASLib's compact list). */
    @Override
    public java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(
            org.naswot.space.Architecture architecture) {
        return org.naswot.spaces.nds.NdsDiagrams.ofArchitecture(architecture);
    }

    @Override
    public java.util.Optional<String> sizeNote(org.naswot.space.Architecture architecture, int batch, int imageSize) {
        return org.naswot.spaces.nds.NdsFit.sizeNote(architecture, batch, imageSize);
    }

    @Override
    public Fit fit(org.naswot.space.Architecture architecture, int batch, int imageSize) {
        return org.naswot.spaces.nds.NdsFit.of(architecture, batch, imageSize);
    }
}
