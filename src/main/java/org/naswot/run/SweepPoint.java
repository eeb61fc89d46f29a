package org.naswot.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.WeightSeeds;

/** One point of a {@link SweepGrid}: the settings that vary between a sweep's scoring runs. */
public record SweepPoint(String space, InputKind input, ReluCounting counting, int batchSize, long seed,
                         ScoringProtocol protocol) {

    /** A point of the paper's protocol. */
    public SweepPoint(String space, InputKind input, ReluCounting counting, int batchSize, long seed) {
        this(space, input, counting, batchSize, seed, ScoringProtocol.PAPER);
    }

    /**
     * The scoring configuration of this point (the seed draws the batch and seeds the weights, as --seed does): one
     * seed's run of score-space --protocol, as its k-th protocol seed is.
     */
    public ScoringSession.Config config(String dataset, String device, WeightSeeds weightSeeds) {
        return new ScoringSession.Config(space, dataset, input, batchSize, seed, seed, counting, device, null,
                weightSeeds, protocol);
    }

    /** The point as stored in {@code sweep_points.point_json}, keys named as in {@code runs list --json}. */
    public Map<String, Object> fields() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("space", space);
        o.put("input", input.cliName());
        o.put("relu_count", counting.cliName());
        o.put("batch_size", batchSize);
        o.put("seed", seed);
        if (protocol != ScoringProtocol.PAPER) {
            o.put("protocol", protocol.cliName());
        }
        return o;
    }

    /** The options that set this point, e.g. "--seed 2 --batch-size 64 --relu-count once". */
    public String options() {
        return "--space " + space + " --input " + input.cliName() + " --relu-count " + counting.cliName()
                + " --batch-size " + batchSize + " --seed " + seed
                + (protocol == ScoringProtocol.PAPER ? "" : " --protocol " + protocol.cliName());
    }
}
