package org.naswot.score.proxies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EPE-NAS as NASLib's {@code epe_nas.py} (the authors' code) computes it: the {@link InputJacobian} rows grouped
 * by class label; per class c, s_c = sum over the entries of the rows' correlation matrix of log(|r| + 1e-5)
 * (a class with one image has the 1x1 matrix [1]); score = sum over classes of |s_c| for up to 100 classes, and
 * for more, sum over class pairs of |s_c - s_c'| divided by the number of classes seen, each s_c first divided
 * by its class size; there a class with one image is left out (numpy's 1x1 corrcoef is a 0-d array, its len()
 * raises, and the reference's {@code except: continue} skips the class). A constant Jacobian row makes a correlation NaN, so the score; NASLib then records -1e8,
 * here -infinity (the lowest value either way).
 */
public final class EpeNasProxy implements ZeroCostProxy {
    private static final double K = 1e-5;
    private static final int MANY_CLASSES = 100;

    @Override
    public String id() {
        return "epe_nas";
    }

    @Override
    public String description() {
        return "sum over classes of |sum log(|correlation| + 1e-5)| of the per-image input Jacobians of each class "
                + "(Lopes et al., EPE-NAS: Efficient Performance Estimation Without Training for NAS, ICANN 2021)";
    }

    @Override
    public double compute(ProxyContext context) {
        int[] labels = WeightGradients.checkedLabels(context, "epe_nas");
        double score = score(context.inputJacobian(), labels, context.classes());
        return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
    }

    /** The score of Jacobian rows with their labels, NaN where a correlation is undefined. */
    static double score(double[][] jacobians, int[] labels, int classes) {
        Map<Integer, List<double[]>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            byClass.computeIfAbsent(labels[i], c -> new ArrayList<>()).add(jacobians[i]);
        }
        List<Double> perClass = new ArrayList<>();
        for (List<double[]> rows : byClass.values()) {
            if (classes > MANY_CLASSES && rows.size() == 1) {
                continue;
            }
            double[][] corr = JacobianCovariance.correlation(rows.toArray(double[][]::new));
            double s = 0;
            for (double[] row : corr) {
                for (double r : row) {
                    s += Math.log(Math.abs(r) + K);
                }
            }
            perClass.add(classes > MANY_CLASSES ? s / corr.length : s);
        }
        double score = 0;
        if (classes <= MANY_CLASSES) {
            for (double s : perClass) {
                score += Math.abs(s);
            }
        } else {
            for (double a : perClass) {
                for (double b : perClass) {
                    score += Math.abs(a - b);
                }
            }
            score /= perClass.size();
        }
        return score;
    }
}
