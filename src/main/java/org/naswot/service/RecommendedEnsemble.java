package org.naswot.service;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.search.stats.RankEnsemble;

/**
 * {@code --ensemble recommended}: a fixed, training-free rank ensemble (no labels are used to compute it): AZ-NAS's
 * four parts with jacov, MeCo and ZiCo, combined by AZ-NAS's own non-linear rule (the sum of log(rank / n) over the
 * members, {@link RankEnsemble#logRankSum}), so that an architecture must do well by every member. Members and rule
 * were chosen once, on a labelled selection sample that shares no architecture with the evaluation sample
 * (docs/reference.md, "The recommended ensemble", gives the commands and numbers).
 */
public final class RecommendedEnsemble {
    public static final String NAME = "recommended";
    /** The members, in order: measure ids ("nwot" is the NASWOT score; aggregates are ranked from their parts). */
    public static final List<String> MEMBERS = List.of("az_expressivity", "az_progressivity", "az_trainability",
            "az_complexity", "jacov", "meco", "zico");
    public static final String RULE = "sum of log(rank / n) over az_expressivity, az_progressivity, az_trainability, "
            + "az_complexity, jacov, meco and zico (AZ-NAS's aggregation), chosen on the 181 cells of --sample 200 "
            + "--seed 101 outside the evaluation sample --sample 1000 --seed 2027";

    private RecommendedEnsemble() {
    }

    /** The ensemble's values from its members' values (in {@link #MEMBERS} order) over the same architectures. */
    public static double[] combine(List<double[]> memberValues) {
        return RankEnsemble.logRankSum(memberValues);
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
