package org.naswot.score.proxies;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** The golden networks' weights as the reference tests feed them: with the 10-class classifier, copied per network. */
final class GoldenProxyWeights {
    private GoldenProxyWeights() {
    }

    /** Named copies: a shared leaf would accumulate one network's gradients into the next's. */
    static NDList copies(NDList entries) {
        NDList out = new NDList();
        for (NDArray a : entries) {
            NDArray copy = a.duplicate();
            copy.setName(a.getName());
            out.add(copy);
        }
        return out;
    }

    /** The golden entries with the classifier's weight and bias in place of the golden one-output head. */
    static NDList withClassifier(NDList golden, NDList classifier) {
        NDList out = new NDList();
        for (NDArray a : golden) {
            NDArray replacement = classifier.get(a.getName());
            out.add(replacement != null ? replacement : a);
        }
        return out;
    }
}
