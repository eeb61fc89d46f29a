package org.naswot.score.proxies;

/**
 * NASWOT v1's Jacobian covariance as NAS-Bench-Suite-Zero computed it ({@code jacov.py}): the {@link InputJacobian}
 * rows scored by {@link JacobianCovariance}. The v1 code
 * differentiated the pooled features before the classifier instead; both use an untrained network.
 * Undefined scores (a constant Jacobian row) are -infinity: NASLib records them as -1e8, the lowest value.
 */
public final class JacovProxy implements ZeroCostProxy {

    @Override
    public String id() {
        return "jacov";
    }

    @Override
    public String description() {
        return "-sum(log(v+k)+1/(v+k)) over eigenvalues v of the correlation of per-image input Jacobians "
                + "(Mellor et al., Neural Architecture Search without Training, arXiv v1 2020)";
    }

    @Override
    public double compute(ProxyContext context) {
        double[][] rows = context.inputJacobian();
        double score = JacobianCovariance.score(rows);
        return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
    }
}
