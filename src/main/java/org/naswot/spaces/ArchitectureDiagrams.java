package org.naswot.spaces;

import java.util.Optional;
import org.naswot.common.UserFacingException;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.space.Architecture;

/** The diagram of an architecture of any space, from the space's module: the window, figure and export all ask here. */
public final class ArchitectureDiagrams {
    private ArchitectureDiagrams() {
    }

    /**
     * @param space    the space id as runs record it (e.g. {@code nb201}, {@code nb101/stem16}, {@code nds:DARTS})
     * @param encoding the architecture's encoding string as scores store it
     * @return empty for an unknown space, a space without a diagram, or an encoding its reader rejects (then
     *         {@link #of(Architecture)} on the space's own architecture may have the figure)
     */
    public static Optional<ArchitectureFigure> of(String space, String encoding) {
        try {
            return moduleOf(space).flatMap(m -> m.diagram(space, encoding));
        } catch (UserFacingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** From the architecture itself, whatever text form its space gives it. */
    public static Optional<ArchitectureFigure> of(Architecture a) {
        try {
            return moduleOf(a.space()).flatMap(m -> m.diagram(a));
        } catch (UserFacingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SpaceModule> moduleOf(String space) {
        int slash = space.indexOf('/');
        String id = slash < 0 ? space : space.substring(0, slash);
        return SpaceModules.catalog().find(id).map(SpaceModules::of);
    }
}
