package org.naswot.space.nb101;

/**
 * NAS-Bench-101's channel rule (ComputeVertexChannels): the output's channels are split as evenly as possible
 * over the vertices feeding it (the first ones get the remainder), and every other interior vertex takes the
 * largest channel count among its successors.
 */
final class VertexChannels {
    private VertexChannels() {
    }

    static int[] compute(int in, int out, Nb101Architecture spec) {
        int n = spec.vertices();
        int[] c = new int[n];
        c[0] = in;
        c[n - 1] = out;
        if (n == 2) {
            return c;
        }
        int inDegreeOfOutput = 0;
        for (int v = 1; v < n; v++) {
            inDegreeOfOutput += spec.edge(v, n - 1) ? 1 : 0;
        }
        int interior = out / inDegreeOfOutput;
        int correction = out % inDegreeOfOutput;
        for (int v = 1; v < n - 1; v++) {
            if (spec.edge(v, n - 1)) {
                c[v] = interior;
                if (correction > 0) {
                    c[v]++;
                    correction--;
                }
            }
        }
        for (int v = n - 3; v > 0; v--) {
            if (!spec.edge(v, n - 1)) {
                for (int dst = v + 1; dst < n - 1; dst++) {
                    if (spec.edge(v, dst)) {
                        c[v] = Math.max(c[v], c[dst]);
                    }
                }
            }
        }
        return c;
    }
}
