package org.naswot.score;

import java.util.Set;
import org.naswot.common.UserFacingException;
import org.naswot.nn.WeightInit;

/**
 * The procedure behind a run's numbers. {@link #PAPER} is NASWOT's (Mellor et al. 2021): PyTorch's default weights,
 * the real mini-batch for every measure. {@link #VKDNW} is the protocol of VKDNW's Table 1 (Tybl & Neumann, CVPR 2025),
 * which reuses AZ-NAS's NB201 driver (cvlab-yonsei/AZ-NAS, NB201/tss_general.ipynb): batch 64, the networks
 * re-initialised with {@code kaiming_normal_fanin_init} where the measure's code does so ({@link #weightInitFor}),
 * Gaussian N(0,1) input for the measures that driver feeds noise, and the mean over several seeds (theirs: 1 to 5).
 */
public enum ScoringProtocol {
    PAPER("paper", WeightInit.PYTORCH_DEFAULT, 0, 1, Set.of(), Set.of()),
    /**
     * The driver feeds real images only to zico, snip, grasp, te_nas and gradsign ({@code real_input_metrics}); the
     * others get {@code torch.randn(batch, 3, H, W)}. Of ours, that changes the input of nwot and vkdnw: az_* and zen
     * draw their own Gaussian inputs under every protocol, synflow uses an all-ones input, the complexity measures
     * (params, flops, layers) read no input, and the label-based proxies (grad_norm, ...) keep the real batch whose
     * labels they need.
     */
    VKDNW("vkdnw", WeightInit.KAIMING_NORMAL_FAN_IN, 64, 5, Set.of("nwot", "vkdnw"),
            /*
             * The driver builds each network with PyTorch's default initialisation and leaves re-initialising to the
             * measure's own compute_nas_score: naswot, snip, grad_norm, grasp, synflow, jacov (kaiming_normal_fanin),
             * az_nas and vkdnw re-initialise, zen draws N(0,1) weights, but compute_te_nas_score (NTK and linear
             * regions) and compute_zico_score use the network as built (AZ-NAS and VKDNW NB201/ZeroShotProxy).
             */
            Set.of("ntk_cond", "linear_regions", "zico"));

    private final String cliName;
    private final WeightInit weightInit;
    private final int batchSize;
    private final int defaultSeeds;
    private final Set<String> noiseInput;
    private final Set<String> asBuilt;

    ScoringProtocol(String cliName, WeightInit weightInit, int batchSize, int defaultSeeds, Set<String> noiseInput,
                    Set<String> asBuilt) {
        this.cliName = cliName;
        this.weightInit = weightInit;
        this.batchSize = batchSize;
        this.defaultSeeds = defaultSeeds;
        this.noiseInput = noiseInput;
        this.asBuilt = asBuilt;
    }

    public String cliName() {
        return cliName;
    }

    /** The rule the run's networks are initialised by: the NASWOT score's, and every measure's but {@link #weightInitFor}'s exceptions. */
    public WeightInit weightInit() {
        return weightInit;
    }

    /**
     * The rule the network a measure (a proxy id, "nwot" for the NASWOT score) is computed on is initialised by:
     * {@link #weightInit}, except for the measures whose reference code scores the network as built, with PyTorch's
     * default initialisation.
     */
    public WeightInit weightInitFor(String measure) {
        return asBuilt.contains(measure) ? WeightInit.PYTORCH_DEFAULT : weightInit;
    }

    /**
     * Part of the stored proxy values' key: "" for the paper's procedure; the revision of this protocol's rule for
     * which measure gets which initialisation, so values stored under an earlier rule are computed again.
     */
    public String proxyKeyRevision() {
        return asBuilt.isEmpty() ? "" : "|init by measure";
    }

    /** The batch size the protocol fixes; 0 when it leaves it to --batch-size. */
    public int batchSize() {
        return batchSize;
    }

    /** Seeds averaged when --protocol-seeds is not given. */
    public int defaultSeeds() {
        return defaultSeeds;
    }

    /** Whether the measure of this id ("nwot" for the NASWOT score) is fed Gaussian noise instead of the images. */
    public boolean noiseInputFor(String measure) {
        return noiseInput.contains(measure);
    }

    public static ScoringProtocol fromCli(String name) {
        for (ScoringProtocol p : values()) {
            if (p.cliName.equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        throw new UserFacingException("unknown protocol '" + name + "' (expected paper, NASWOT's procedure, or vkdnw, "
                + "the protocol of VKDNW's published table)");
    }
}
