package org.naswot.space.nds;

import java.util.ArrayList;
import java.util.List;
import org.naswot.space.Architecture;

/**
 * NDS entries whose networks this machine cannot hold ({@link NdsNetworkSize}): {@code data import} warns about
 * them, {@code score-space} skips them with a count, as it does for entries with an auxiliary head.
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
        String example = null;
        int large = 0;
        String largeExample = null;
        for (Architecture a : archs) {
            NdsNetworkSize size = a instanceof NdsArchitecture n ? NdsNetworkSize.of(n, imageSize) : null;
            String problem = size == null ? null : size.problem(batch);
            if (problem == null) {
                kept.add(a);
                String note = size == null ? null : size.largeNote(batch);
                if (note != null && large++ == 0) {
                    largeExample = "#" + a.index() + ": " + note;
                }
            } else if (example == null) {
                example = "#" + a.index() + ": " + problem;
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

    /** The warning {@code data import} prints for a freshly imported NDS space (its stored net objects). */
    public static String importWarning(String space, List<String> nets) {
        // the space's id (nds:ResNet) decides the AnyNet stem, as when it is scored
        List<Architecture> archs = new ArrayList<>(nets.size());
        for (int i = 0; i < nets.size(); i++) {
            archs.add(NdsArchitecture.parse(space, nets.get(i), i));
        }
        return split(archs, NdsNetworkSize.DEFAULT_BATCH, NdsNetworkSize.CIFAR_IMAGE)
                .note(space, nets.size(), "score-space will skip them (sized for a batch of "
                        + NdsNetworkSize.DEFAULT_BATCH + " 32x32 images)");
    }
}
