package org.naswot.score.proxies;

import java.util.List;
import java.util.Set;
import org.naswot.common.UserFacingException;

/**
 * What the chosen proxies need of the batch, checked before a run is recorded (each proxy checks again when it
 * runs, but by then the first architecture's score is stored): class labels for the loss-based ones, which a noise
 * batch does not have, and two images or more for zico's two half-batches.
 */
public final class ProxyRequirements {
    /** The proxies computed from a cross-entropy loss against the batch's labels. */
    static final Set<String> NEED_LABELS = Set.of("snip", "grad_norm", "fisher", "plain", "grasp", "epe_nas", "zico");
    /** The proxies that split the batch in two. */
    static final Set<String> NEED_TWO_IMAGES = Set.of("zico");

    private ProxyRequirements() {
    }

    /** Whether the proxy needs the batch's class labels (so cannot run on noise), for listings. */
    public static boolean needsLabels(String id) {
        return NEED_LABELS.contains(id);
    }

    /** Whether the proxy needs a batch of two images or more, for listings. */
    public static boolean needsTwoImages(String id) {
        return NEED_TWO_IMAGES.contains(id);
    }

    /** @throws UserFacingException naming the proxies that cannot run on this batch and what to change */
    public static void check(List<ZeroCostProxy> chosen, int[] labels, int classes) {
        boolean labelled = labels.length > 0;
        for (int label : labels) {
            labelled &= label >= 0 && label < classes;
        }
        List<String> needLabels = chosen.stream().map(ZeroCostProxy::id).filter(NEED_LABELS::contains).toList();
        if (!labelled && !needLabels.isEmpty()) {
            throw new UserFacingException(String.join(", ", needLabels) + " need the batch's class labels, which "
                    + "noise (or an unlabelled batch file) does not have: score them on dataset images (--input "
                    + "dataset) or leave them out of --proxies");
        }
        List<String> needTwo = chosen.stream().map(ZeroCostProxy::id).filter(NEED_TWO_IMAGES::contains).toList();
        if (labels.length < 2 && !needTwo.isEmpty()) {
            throw new UserFacingException(String.join(", ", needTwo) + " needs a batch of at least 2 images (two "
                    + "halves), got " + labels.length + ": raise --batch-size or leave it out of --proxies");
        }
    }
}
