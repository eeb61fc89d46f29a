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
}
