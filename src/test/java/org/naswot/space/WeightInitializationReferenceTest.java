package org.naswot.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.nn.WeightInitializer;
import org.naswot.space.natssss.NatsSssArchitecture;
import org.naswot.space.natssss.NatsSssNetworkBuilder;
import org.naswot.space.nb101.Nb101Architecture;
import org.naswot.space.nb101.Nb101NetworkBuilder;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;
import org.naswot.space.nb301.Nb301Encoding;
import org.naswot.space.nds.DartsGenotype;
import org.naswot.space.nds.NdsArchitecture;
import org.naswot.space.nds.net.NdsNetworkBuilder;

/**
 * The production weights (the seeded Java initialiser) against PyTorch's and the reference code's own
 * initialisation, layer by layer, on real networks of every space: convolutions with groups, depthwise, dilated and
 * rectangular kernels, Linear, BatchNorm, and the NB101 and pycls AnyNet re-initialisations.
 * {@code src/test/reference/init/init_stats.json} ({@code src/tools/init_reference.py}) gives, per state_dict entry,
 * the mean and standard deviation PyTorch draws, pooled over 16 seeds.
 *
 * <p>Both sides are samples: with sigma PyTorch's std, n values here and 16 n there, the means may differ by
 * Z sigma sqrt(1/n + 1/16n) and the stds by Z sigma sqrt(1/2n + 1/32n) (a sample std's spread is at most sigma/sqrt(2n)
 * for the normal and uniform laws drawn here), with Z = 6. Constant entries (BatchNorm's 1 and 0) must be exact.
 */
class WeightInitializationReferenceTest {
    private static final double Z = 6;
    private static final long SEED = 1;

    static Stream<Arguments> networks() throws IOException {
        JsonNode root = new ObjectMapper().readTree(reference().toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode n : root.get("networks")) {
            out.add(Arguments.of(n.get("space").asText(), root.get("seeds").asInt(), n));
        }
        return out.stream();
    }

    private static Path reference() {
        return Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
                .resolve("src/test/reference/init/init_stats.json");
    }

    private static Module build(String space, JsonNode arch, int classes) {
        return switch (space) {
            case "nb201" -> Nb201NetworkBuilder.BENCHMARK.build(Nb201Architecture.parse(arch.asText()), classes);
            case "nats-sss" -> NatsSssNetworkBuilder.BENCHMARK.build(NatsSssArchitecture.parse(arch.asText()), classes);
            case "nb101" -> Nb101NetworkBuilder.BENCHMARK.build(Nb101Architecture.parse(arch.asText()), classes);
            case "nb301" -> NdsNetworkBuilder.INSTANCE.build(
                    Nb301Encoding.architecture(DartsGenotype.fromJson(arch.get("genotype")), -1), classes);
            default -> NdsNetworkBuilder.INSTANCE.build(NdsArchitecture.of(space, arch, -1), classes);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void everyLayerIsDrawnFromPyTorchsDistribution(String space, int seeds, JsonNode expected) {
        Module network = build(space, expected.get("arch"), expected.get("classes").asInt());
        Map<String, JsonNode> torch = new LinkedHashMap<>();
        for (JsonNode e : expected.get("entries")) {
            if (!e.get(0).asText().endsWith("num_batches_tracked")) {
                torch.put(e.get(0).asText(), e);
            }
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            WeightInitializer.initialize(network, manager, SEED);
            Map<String, Parameter> ours = network.stateDict();
            List<String> missing = new ArrayList<>(torch.keySet());
            missing.removeAll(ours.keySet());
            List<String> extra = new ArrayList<>(ours.keySet());
            extra.removeAll(torch.keySet());
            assertTrue(missing.isEmpty() && extra.isEmpty(), "state_dict names: PyTorch's not here " + head(missing)
                    + ", here not in PyTorch's " + head(extra));
            List<String> failures = new ArrayList<>();
            int drawn = 0;
            for (Map.Entry<String, Parameter> p : ours.entrySet()) {
                JsonNode e = torch.get(p.getKey());
                float[] v = p.getValue().value().toFloatArray();
                assertEquals(e.get(1).asLong(), v.length, p.getKey() + ": values");
                double mean = 0;
                for (float f : v) {
                    mean += f;
                }
                mean /= v.length;
                double var = 0;
                for (float f : v) {
                    var += (f - mean) * (f - mean);
                }
                double std = Math.sqrt(var / v.length);
                double tMean = e.get(2).asDouble();
                double sigma = e.get(3).asDouble();
                if (sigma == 0) {
                    if (mean != tMean || std != 0) {
                        failures.add(p.getKey() + ": constant " + tMean + " in PyTorch, here mean " + mean + " std " + std);
                    }
                    continue;
                }
                drawn++;
                double n = v.length;
                double nt = seeds * n;
                double meanTol = Z * sigma * Math.sqrt(1 / n + 1 / nt);
                if (Math.abs(mean - tMean) > meanTol) {
                    failures.add(p.getKey() + ": mean " + mean + ", PyTorch " + tMean + " (tolerance " + meanTol + ")");
                }
                if (n >= 2) {
                    double stdTol = Z * sigma * Math.sqrt(0.5 / n + 0.5 / nt);
                    if (Math.abs(std - sigma) > stdTol) {
                        failures.add(p.getKey() + ": std " + std + ", PyTorch " + sigma + " (ratio " + std / sigma
                                + ", tolerance " + stdTol + ")");
                    }
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " entries differ:\n" + String.join("\n", failures));
            assertTrue(drawn > 0, "no randomly drawn entry");
        }
    }

    private static List<String> head(List<String> names) {
        return names.size() <= 5 ? names : List.of(names.get(0), names.get(1), names.get(2), "... "
                + (names.size() - 3) + " more");
    }

    /**
     * The tolerance has the power to see a wrong fan-in: for every layer of 256 or more values, a std off by
     * sqrt(2) (fan-in twice or half as large: groups or a kernel dimension missed) lies outside it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void toleranceRejectsAFanInOffByTwo(String space, int seeds, JsonNode expected) {
        int checked = 0;
        for (JsonNode e : expected.get("entries")) {
            double n = e.get(1).asDouble();
            double sigma = e.get(3).asDouble();
            if (sigma == 0 || n < 256 || !e.get(0).asText().endsWith("weight")) {
                continue;
            }
            double stdTol = Z * sigma * Math.sqrt(0.5 / n + 0.5 / (seeds * n));
            assertTrue(sigma * (Math.sqrt(2) - 1) > stdTol && sigma * (1 - 1 / Math.sqrt(2)) > stdTol,
                    e.get(0).asText() + ": tolerance " + stdTol + " of std " + sigma);
            checked++;
        }
        assertTrue(checked > 0, "no layer large enough");
    }
}
