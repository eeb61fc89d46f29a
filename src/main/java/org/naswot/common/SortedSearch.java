package org.naswot.common;

/** Binary searches of an ascending array (no NaN): where a value's run of equal values starts and ends. */
public final class SortedSearch {
    private SortedSearch() {
    }

    /** The first position whose value is not below {@code v} (how many values are strictly lower). */
    public static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position whose value is above {@code v} (how many values are lower or equal). */
    public static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
