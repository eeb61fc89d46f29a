package org.naswot.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.naswot.common.UserFacingException;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.WeightSeeds;

/**
 * A sweep's grid: spaces × inputs × counting modes × protocols × batch sizes × seeds, each point scoring a seeded
 * sample of {@code sample} architectures (drawn with the point's seed, as {@code score-space --sample N --seed S}
 * draws it) on one dataset and device. Points run in that nesting order, seeds innermost. A protocol that fixes the
 * batch size (vkdnw: 64) scores that batch whatever the batch sizes say, once per seed, as score-space --protocol
 * does. Two grids with equal {@link #json()} are the same sweep.
 */
public record SweepGrid(List<String> spaces, String dataset, int sample, List<Long> seeds, List<Integer> batchSizes,
                        List<ReluCounting> countings, List<InputKind> inputs, String device, WeightSeeds weightSeeds,
                        List<ScoringProtocol> protocols) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A grid of the paper's protocol. */
    public SweepGrid(List<String> spaces, String dataset, int sample, List<Long> seeds, List<Integer> batchSizes,
                     List<ReluCounting> countings, List<InputKind> inputs, String device, WeightSeeds weightSeeds) {
        this(spaces, dataset, sample, seeds, batchSizes, countings, inputs, device, weightSeeds,
                List.of(ScoringProtocol.PAPER));
    }

    public SweepGrid {
        protocols = distinct(protocols, "--protocol");
        spaces = distinct(spaces, "--spaces");
        seeds = distinct(seeds, "--seeds");
        batchSizes = distinct(batchSizes, "--batch-size");
        countings = distinct(countings, "--relu-count");
        inputs = distinct(inputs, "--input");
        if (sample < 1) {
            throw new UserFacingException("--sample must be at least 1, got " + sample);
        }
        for (int b : batchSizes) {
            if (b < 1) {
                throw new UserFacingException("--batch-size must be at least 1, got " + b);
            }
        }
    }

    /** Every point, spaces outermost and seeds innermost. */
    public List<SweepPoint> points() {
        List<SweepPoint> out = new ArrayList<>();
        for (String space : spaces) {
            for (InputKind input : inputs) {
                for (ReluCounting counting : countings) {
                    for (ScoringProtocol protocol : protocols) {
                        for (int batch : batchSizesOf(protocol)) {
                            for (long seed : seeds) {
                                out.add(new SweepPoint(space, input, counting, batch, seed, protocol));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The batch sizes a protocol's points score: its own when it fixes one, else the grid's. */
    private List<Integer> batchSizesOf(ScoringProtocol protocol) {
        return protocol.batchSize() == 0 ? batchSizes : List.of(protocol.batchSize());
    }

    /** The settings that take more than one value here, by their {@code runs compare --group-by} names. */
    public List<String> varying() {
        List<String> out = new ArrayList<>();
        if (spaces.size() > 1) {
            out.add("space");
        }
        if (inputs.size() > 1) {
            out.add("input");
        }
        if (countings.size() > 1) {
            out.add("relu_count");
        }
        if (protocols.size() > 1) {
            out.add("protocol");
        }
        if (batchSizes.size() > 1) {
            out.add("batch_size");
        }
        if (seeds.size() > 1) {
            out.add("seed");
        }
        return out;
    }

    /** The grid as stored in {@code sweeps.grid_json}: fixed key order, so equal grids give equal text. */
    public String json() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("spaces", spaces);
        o.put("dataset", dataset);
        o.put("sample", sample);
        o.put("seeds", seeds);
        o.put("batch_sizes", batchSizes);
        o.put("relu_counts", countings.stream().map(ReluCounting::cliName).toList());
        o.put("inputs", inputs.stream().map(InputKind::cliName).toList());
        o.put("device", device);
        o.put("weight_seeds", weightSeeds.cliName());
        // only when the grid names another protocol: a grid stored before protocols is still the same sweep
        if (!protocols.equals(List.of(ScoringProtocol.PAPER))) {
            o.put("protocols", protocols.stream().map(ScoringProtocol::cliName).toList());
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A grid read back from {@link #json()}. */
    public static SweepGrid fromJson(String text) {
        try {
            JsonNode o = JSON.readTree(text);
            return new SweepGrid(list(o, "spaces", JsonNode::asText), o.get("dataset").asText(),
                    o.get("sample").asInt(), list(o, "seeds", JsonNode::asLong),
                    list(o, "batch_sizes", JsonNode::asInt),
                    list(o, "relu_counts", n -> ReluCounting.fromCli(n.asText())),
                    list(o, "inputs", n -> InputKind.fromCli(n.asText())), o.get("device").asText(),
                    WeightSeeds.fromCli(o.get("weight_seeds").asText()),
                    o.has("protocols") ? list(o, "protocols", n -> ScoringProtocol.fromCli(n.asText()))
                            : List.of(ScoringProtocol.PAPER));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new UserFacingException("a sweep's grid in the results database cannot be read (" + e.getMessage()
                    + "): it was written by another version; run the sweep again by its options", e);
        }
    }

    /**
     * Seeds as written on the command line or in the window: numbers and ranges separated by commas, e.g. "1-5" or
     * "1,3,7-9".
     */
    public static List<Long> parseSeeds(String text) {
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int dash = p.indexOf('-', 1);
                if (dash < 0) {
                    out.add(Long.parseLong(p));
                } else {
                    long from = Long.parseLong(p.substring(0, dash).strip());
                    long to = Long.parseLong(p.substring(dash + 1).strip());
                    if (to < from || to - from >= 10_000) {
                        throw new UserFacingException("seed range '" + p + "' must go upwards and hold at most "
                                + "10,000 seeds, e.g. 1-5");
                    }
                    for (long s = from; s <= to; s++) {
                        out.add(s);
                    }
                }
            } catch (NumberFormatException e) {
                throw new UserFacingException("'" + p + "' is not a seed or a range of seeds: write e.g. --seeds 1-5 "
                        + "or --seeds 1,3,7");
            }
        }
        if (out.isEmpty()) {
            throw new UserFacingException("no seeds given: write e.g. --seeds 1-5 or --seeds 1,3,7");
        }
        return out;
    }

    private static <T> List<T> list(JsonNode o, String key, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        o.get(key).forEach(n -> out.add(read.apply(n)));
        return out;
    }

    /** Values in the order given, each once; an empty list is refused. */
    private static <T> List<T> distinct(List<T> values, String option) {
        if (values == null || values.isEmpty()) {
            throw new UserFacingException(option + " gives no value");
        }
        return List.copyOf(new java.util.LinkedHashSet<>(values));
    }
}
