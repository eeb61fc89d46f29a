package org.naswot.bench;

/**
 * Parses decimal numbers like "85.86333333" or "-776.4428597" several times faster than
 * {@link Double#parseDouble} (which dominates loading a benchmark table before the JIT warms up), with
 * exactly the same result. Exactness comes from Clinger's fast path: when the digits form an integer
 * m below 2^53 and there are at most 22 decimals, m and 10^k are both exact doubles, so the single
 * IEEE division m / 10^k is the correctly rounded value of the decimal. Anything else (exponents, more
 * digits, "NaN", hexadecimal) goes to {@link Double#parseDouble}.
 */
final class DecimalParser {

    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long EXACT_LIMIT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {
    }

    /** @throws NumberFormatException as {@link Double#parseDouble} does */
    static double parse(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
                if (mantissa >= EXACT_LIMIT) {
                    return Double.parseDouble(s);
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.parseDouble(s);
            }
        }
        if (digits == 0 || decimals >= POWERS_OF_TEN.length) {
            return Double.parseDouble(s);
        }
        double value = decimals <= 0 ? (double) mantissa : (double) mantissa / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }
}
