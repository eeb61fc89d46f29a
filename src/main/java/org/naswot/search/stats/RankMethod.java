package org.naswot.search.stats;

import java.util.Locale;

/** Which rank correlation to compute: Spearman's rho or Kendall's tau-b (both skip NaN pairs, keep infinities). */
public enum RankMethod {
    SPEARMAN("Spearman \u03c1"),
    KENDALL("Kendall \u03c4");

    private final String label;

    RankMethod(String label) {
        this.label = label;
    }

    /** The coefficient over the pairs where neither value is NaN; NaN below two pairs or for a constant side. */
    public double correlation(double[] x, double[] y) {
        return this == SPEARMAN ? RankCorrelation.spearmanRho(x, y) : RankCorrelation.kendallTau(x, y);
    }

    /** "Spearman ρ" or "Kendall τ". */
    public String label() {
        return label;
    }

    /** "spearman" or "kendall", as on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RankMethod parse(String name) {
        for (RankMethod m : values()) {
            if (m.cliName().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("rank correlation must be spearman or kendall, not '" + name + "'");
    }
}
