package org.naswot.figures.cell;

import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.space.nds.AnyNetConfig;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.NdsArchitecture;

/**
 * The figure of an NDS-style network (NDS's spaces and NAS-Bench-301's): which space draws which figure is each space
 * module's choice ({@code SpaceModule.diagram}); this only draws the network types those modules share.
 */
public final class ArchitectureFigures {
    private ArchitectureFigures() {
    }

    /** The normal and reduction cell of a cell network, the stages of an AnyNet. */
    public static ArchitectureFigure of(NdsArchitecture a) {
        if (a.net() instanceof CellNetwork c) {
            return CellGraphs.fromGenotype(c.genotype());
        }
        return StagePlans.fromAnyNet((AnyNetConfig) a.net(), a.space());
    }

    /** An NDS json 'net' object as scores store it, read for {@code space} (its id decides an AnyNet's stem). */
    public static ArchitectureFigure ofNetJson(String space, String net) {
        return of(NdsArchitecture.parse(space, net, -1));
    }

    /** A stored NDS-style network: its net json gives the figure; another text form (NB301's list) gives none. */
    public static java.util.Optional<ArchitectureFigure> ofStored(String space, String encoding) {
        return encoding.startsWith("{") ? java.util.Optional.of(ofNetJson(space, encoding)) : java.util.Optional.empty();
    }

    /** By the network itself where it is an NDS-style one, else from its stored form. */
    public static java.util.Optional<ArchitectureFigure> ofArchitecture(org.naswot.space.Architecture a) {
        return a instanceof NdsArchitecture n ? java.util.Optional.of(of(n)) : ofStored(a.space(), a.encoding());
    }
}
