package org.naswot.spaces.nds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naswot.space.Architecture;
import org.naswot.space.nds.NdsArchitecture;
import org.naswot.space.nds.NdsNetworkSize;
import org.naswot.spaces.OversizedEntries;
import org.naswot.spaces.SpaceModule;

/** How NDS-style networks (NDS's spaces, NB301's) fit this machine: some of NDS's entries are too large to score. */
public final class NdsFit {
    private NdsFit() {
    }

    public static SpaceModule.Fit of(Architecture a, int batch, int imageSize) {
        if (!(a instanceof NdsArchitecture n)) {
            return SpaceModule.Fit.ORDINARY;
        }
        NdsNetworkSize size = NdsNetworkSize.of(n, imageSize);
        String problem = size.problem(batch);
        return new SpaceModule.Fit(problem, problem == null ? size.largeNote(batch) : null);
    }

    public static Optional<String> sizeNote(Architecture a, int batch, int imageSize) {
        return a instanceof NdsArchitecture n ? Optional.ofNullable(NdsNetworkSize.largeNote(n, batch, imageSize))
                : Optional.empty();
    }

    /** The warning {@code data import} prints for a freshly imported NDS space (its stored net objects). */
    public static Optional<String> importWarning(String space, List<String> nets) {
        // the space's id (nds:ResNet) decides the AnyNet stem, as when it is scored
        List<Architecture> archs = new ArrayList<>(nets.size());
        for (int i = 0; i < nets.size(); i++) {
            archs.add(NdsArchitecture.parse(space, nets.get(i), i));
        }
        return Optional.ofNullable(OversizedEntries.split(archs, NdsNetworkSize.DEFAULT_BATCH, NdsNetworkSize.CIFAR_IMAGE)
                .note(space, nets.size(), "score-space will skip them (sized for a batch of "
                        + NdsNetworkSize.DEFAULT_BATCH + " 32x32 images)"));
    }
}
