package org.naswot.spaces.nb101;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.naswot.bench.BenchmarkTable;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import java.util.Optional;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.nb101.Nb101Architecture;
import org.naswot.space.nb101.Nb101NetworkBuilder;
import org.naswot.space.nb101.Nb101Space;
import org.naswot.spaces.NetworkVariant;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/**
 * NAS-Bench-101: the cells of its table (or an imported tfrecord), built with the benchmark's 128-channel stem or,
 * as the variant {@code nb101/stemN}, another stem width (16: the paper's released code).
 */
public final class Nb101Module implements SpaceModule {
    private static final Pattern STEM_VARIANT = Pattern.compile("stem(\\d{1,4})");
    private static final String PAPER_CODE = Nb101Space.ID + "/stem16";

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return descriptor.id().equals(Nb101Space.ID);
    }

    @Override
    public OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data) {
        BenchmarkTable t = org.naswot.bench.CanonicalOrder.load(data, descriptor);
        List<Nb101Architecture> cells = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            cells.add(Nb101Architecture.of(t.arch(i), t.text(i, "ops"), i));
        }
        return OpenedSpace.withTable(new Nb101Space(cells), Nb101NetworkBuilder.BENCHMARK, t);
    }

    /** {@code stemN}: a stem of N channels (1..1024); the benchmark's own width is no variant. */
    @Override
    public Optional<NetworkVariant> variant(SpaceDescriptor descriptor, String variant) {
        Matcher stem = STEM_VARIANT.matcher(variant);
        if (!stem.matches()) {
            throw new UserFacingException("unknown network variant '" + variant + "' of " + descriptor.id()
                    + " (known: stemN, e.g. " + PAPER_CODE + ")");
        }
        int channels = Integer.parseInt(stem.group(1));
        if (channels < 1 || channels > 1024) {
            throw new UserFacingException("stem channels must be between 1 and 1024, not " + channels);
        }
        return Optional.of(new NetworkVariant("stem" + channels,
                channels == Nb101NetworkBuilder.BENCHMARK.stemChannels() ? null : new Nb101NetworkBuilder(channels)));
    }

    @Override
    public String variantHelp() {
        return "stemN, e.g. " + PAPER_CODE;
    }

    @Override
    public List<String> pickerKeys(SpaceDescriptor descriptor) {
        return List.of(descriptor.id(), PAPER_CODE);
    }

    @Override
    public String pickerLabel(String key) {
        return key.equals(PAPER_CODE) ? Nb101Space.ID + ", 16-channel stem (the paper's code)" : key;
    }

    /** Two workers on two cores: 2.3 s per cell at the benchmark's stem; the 16-channel stem is far cheaper. */
    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return key.equals(PAPER_CODE) ? 1.0 : 2.3;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public java.util.Map<String, Integer> operationCounts(org.naswot.space.Architecture architecture) {
        return architecture instanceof org.naswot.space.nb101.Nb101Architecture cell ? cell.operationCounts()
                : java.util.Map.of();
    }

    /** NB101 cells are stored as "matrix:ops". */
    @Override
    public java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(String space, String encoding) {
        String[] parts = encoding.split(":", 2);
        return parts.length == 2 ? java.util.Optional.of(Nb101Diagram.of(parts[0], parts[1]))
                : java.util.Optional.empty();
    }
}
