package org.naswot.spaces;

import java.util.ArrayList;
import java.util.List;
import org.naswot.space.Architecture;

/**
 * Entries whose networks this machine cannot hold (each space's module judges its own:
 * {@link SpaceModule#fit}): {@code data import} warns about them, {@code score-space} skips them with a count, as it
 * does for entries with an auxiliary head.
 *
 * @param kept     the architectures that fit, in their order
 * @param skipped  how many were left out
 * @param example  the first one left out and why, or null
 */
public record OversizedEntries(List<Architecture> kept, int skipped, String example, int large,
                               String largeExample) {

    /** Splits {@code archs} into those that fit a batch of {@code batch} images of side {@code imageSize}. */
    public static OversizedEntries split(List<Architecture> archs, int batch, int imageSize) {
        List<Architecture> kept = new ArrayList<>(archs.size());
        java.util.Map<String, java.util.Optional<SpaceModule>> modules = new java.util.HashMap<>();
        String example = null;
        int large = 0;
        String largeExample = null;
        for (Architecture a : archs) {
            SpaceModule.Fit fit = modules.computeIfAbsent(a.space(), OversizedEntries::moduleOf)
                    .map(m -> m.fit(a, batch, imageSize)).orElse(SpaceModule.Fit.ORDINARY);
            if (fit.problem() == null) {
                kept.add(a);
                if (fit.largeNote() != null && large++ == 0) {
                    largeExample = "#" + a.index() + ": " + fit.largeNote();
                }
            } else if (example == null) {
                example = "#" + a.index() + ": " + fit.problem();
            }
        }
        return new OversizedEntries(kept, archs.size() - kept.size(), example, large, largeExample);
    }

    /** The note for the user, or null when every entry fits. */
    public String note(String space, int of, String action) {
        return skipped == 0 ? null : skipped + " of " + of + " " + space + " entries are too large for this machine and "
                + action + " (first " + example + ")";
    }

    /** What score-space says: entries skipped as too large, entries that take minutes; empty when neither. */
    public List<String> notes(String space, int selected) {
        List<String> out = new ArrayList<>(2);
        if (skipped > 0) {
            out.add(note(space, selected, "are skipped"));
        }
        if (large > 0) {
            out.add(largeNote(space));
        }
        return out;
    }

    /** The note that some entries are large (minutes each), or null when none is. */
    public String largeNote(String space) {
        return large == 0 ? null : large + " " + space + " entries are large (first " + largeExample + ")";
    }

    /** A space no module knows (a test's own) has nothing to say about sizes. */
    private static java.util.Optional<SpaceModule> moduleOf(String space) {
        try {
            return java.util.Optional.of(SpaceModules.of(space));
        } catch (org.naswot.common.UserFacingException e) {
            return java.util.Optional.empty();
        }
    }
}
