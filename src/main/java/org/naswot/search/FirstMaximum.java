package org.naswot.search;

/**
 * The choice rule of the reference implementation ({@code order_fn = np.nanargmax} in BayesWatch's
 * {@code search.py}): the first position holding the largest non-NaN value. NaN never wins; -infinity
 * wins only when every non-NaN value is -infinity (then the first of them). Where numpy would raise
 * because every value is NaN, position 0 is returned so a search always has an answer.
 */
public final class FirstMaximum {
    private FirstMaximum() {
    }

    public static int indexOf(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to choose from");
        }
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            // strict '>' keeps the earliest of equal maxima
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best < 0 ? 0 : best;
    }
}
