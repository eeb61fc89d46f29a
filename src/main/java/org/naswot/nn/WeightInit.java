package org.naswot.nn;

/**
 * Which rule a seeded network's weights follow. The seed's random stream is drawn the same way under both, so a
 * (seed, architecture, rule) triple gives the same weights in every scorer and proxy of a run.
 */
public enum WeightInit {
    /** PyTorch's layer defaults (kaiming_uniform with a = sqrt(5): U(-1/sqrt(fan_in), 1/sqrt(fan_in))), the paper's. */
    PYTORCH_DEFAULT,
    /**
     * AZ-NAS's and VKDNW's {@code kaiming_normal_fanin_init}, which their NB201 drivers apply to every network:
     * conv and linear weights N(0, 2 / fan_in) ({@code kaiming_normal_(mode='fan_in', nonlinearity='relu')}), their
     * biases 0, BatchNorm weight 1 and bias 0 (as the defaults).
     */
    KAIMING_NORMAL_FAN_IN
}
