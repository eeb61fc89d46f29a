package org.naswot.service;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * {@code --ensemble recommended}: a fixed, training-free rank ensemble (no labels are used to compute it). Its
 * members were chosen once, on a labelled selection sample that shares no architecture with the evaluation sample
 * (docs/reference.md, "The recommended ensemble", gives the commands and numbers); the rule is today's rank ensemble
 * (each member's values ranked over the run's architectures, an architecture's value the mean of its ranks).
 */
public final class RecommendedEnsemble {
    public static final String NAME = "recommended";
    /** The members, in order: measure ids ("nwot" is the NASWOT score; aggregates are ranked from their parts). */
    public static final List<String> MEMBERS = List.of("vkdnw_agg", "meco");
    public static final String RULE = "mean rank of vkdnw_agg and meco, chosen on 49 cells of --sample 100 --seed 101 "
            + "(--protocol vkdnw --protocol-seeds 1), none of them in the evaluation samples";

    private RecommendedEnsemble() {
    }

    /**
     * Whether an {@code --ensemble} list asks for the recommended ensemble.
     *
     * @throws UserFacingException when it names it beside other members
     */
    public static boolean requested(List<String> ensemble) {
        if (ensemble == null || ensemble.stream().noneMatch(m -> m.strip().equalsIgnoreCase(NAME))) {
            return false;
        }
        if (ensemble.stream().filter(m -> !m.isBlank()).count() > 1) {
            throw new UserFacingException("--ensemble " + NAME + " is a fixed list (" + String.join(", ", MEMBERS)
                    + "): give it alone, or list your own members");
        }
        return true;
    }

    /** A --proxies list that also computes the members (their parts for an aggregate); "all" stays all. */
    public static List<String> withMembers(List<String> proxies) {
        if (proxies != null && proxies.size() == 1 && proxies.get(0).strip().equalsIgnoreCase("all")) {
            return proxies;
        }
        List<String> out = proxies == null ? new ArrayList<>() : new ArrayList<>(proxies);
        for (String m : MEMBERS) {
            boolean measure = !m.equals(org.naswot.score.Measures.NWOT);
            if (measure && out.stream().noneMatch(p -> p.strip().equals(m))) {
                out.add(m);
            }
        }
        return out;
    }
}
