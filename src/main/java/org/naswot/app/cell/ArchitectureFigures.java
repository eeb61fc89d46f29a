package org.naswot.app.cell;

import java.util.Optional;
import org.naswot.app.model.ArchitectureFigure;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.nds.AnyNetConfig;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.NdsArchitecture;

/** Picks the figure for an architecture of any space the window knows: the one place that maps spaces to diagrams. */
public final class ArchitectureFigures {
    private ArchitectureFigures() {
    }

    /**
     * @param space    the space id as runs record it ("nb201", "nb101/stem16", "nds:DARTS", "nb301", ...)
     * @param encoding the architecture's encoding string as scores store it
     * @return empty for a space without a diagram, or an encoding this space's reader rejects, or one that needs the
     *         space to read (then {@link #of(Architecture)} on the space's architecture has the figure)
     */
    public static Optional<ArchitectureFigure> of(String space, String encoding) {
        try {
            if (space.startsWith("nb201")) {
                return Optional.of(CellGraphs.fromNb201(encoding));
            }
            if (space.startsWith("nb101")) {
                String[] parts = encoding.split(":", 2);
                return parts.length == 2 ? Optional.of(CellGraphs.fromNb101(parts[0], parts[1])) : Optional.empty();
            }
            // NDS and NAS-Bench-301 architectures are stored as their NDS json 'net' object
            if (encoding.startsWith("{")) {
                return Optional.of(of(NdsArchitecture.parse(space, encoding, -1)));
            }
        } catch (UserFacingException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * From the architecture itself: an NDS or NAS-Bench-301 network by its type, whatever text form its space gives
     * it (nb301's is NASLib's compact list, not the net json); other spaces by their encoding.
     */
    public static Optional<ArchitectureFigure> of(Architecture a) {
        return a instanceof NdsArchitecture nds ? Optional.of(of(nds)) : of(a.space(), a.encoding());
    }

    /** The normal and reduction cell of a cell network, the stages of an AnyNet. */
    public static ArchitectureFigure of(NdsArchitecture a) {
        if (a.net() instanceof CellNetwork c) {
            return CellGraphs.fromGenotype(c.genotype());
        }
        return StagePlans.fromAnyNet((AnyNetConfig) a.net(), a.space());
    }
}
