package org.naswot.spaces.nb201;

import java.util.List;
import org.naswot.bench.BenchmarkTable;
import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;
import org.naswot.space.nb201.Nb201Space;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/** NAS-Bench-201: 15,625 cells in the benchmark's order, with its table of trained accuracies. */
public final class Nb201Module implements SpaceModule {

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return descriptor.id().equals(Nb201Space.ID);
    }

    @Override
    public OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data) {
        BenchmarkTable t = org.naswot.bench.CanonicalOrder.load(data, descriptor);
        List<String> archs = t.archStrings();
        return OpenedSpace.withTable(Nb201Space.fromBenchmarkOrder(archs), Nb201NetworkBuilder.BENCHMARK, t);
    }

    /** A mid-sized cell, parsed without the benchmark table (which takes a second or two to read). */
    @Override
    public java.util.Optional<ExampleNetwork> exampleNetwork() {
        return java.util.Optional.of(new ExampleNetwork(Nb201NetworkBuilder.BENCHMARK, Nb201Architecture.parse(
                "|nor_conv_3x3~0|+|avg_pool_3x3~0|skip_connect~1|+|nor_conv_1x1~0|none~1|nor_conv_3x3~2|")));
    }

    /** Whole-space throughput with two workers on two cores: 42 min 19 s for 15,625 cells. */
    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return 0.16;
    }

    /** The paper's reproduced tables are NAS-Bench-201's. */
    @Override
    public boolean reproducesPaper() {
        return true;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public java.util.Map<String, Integer> operationCounts(org.naswot.space.Architecture architecture) {
        return architecture instanceof org.naswot.space.nb201.Nb201Architecture cell ? cell.operationCounts()
                : java.util.Map.of();
    }

    @Override
    public java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(String space, String encoding) {
        return java.util.Optional.of(Nb201Diagram.of(encoding));
    }
}
