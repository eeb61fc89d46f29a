package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.naswot.data.BatchFiles;
import org.naswot.data.ImageBatch;
import org.naswot.nn.StateDictLoader;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.testing.SharedData;

/**
 * zico and meco against the authors' code run with PyTorch on the reference's own NB201 networks (the golden
 * weights with a 10-class classifier, the golden batch): src/tools/proxy_reference.py wrote the expected values.
 */
class ProxyReferenceTest {
    private static final Path DIR = Paths.get(System.getProperty("basedir", ".")).resolve("src/test/reference/proxies");
    private static SpaceContext space;
    private static ProxyEvaluator evaluator;
    private static NDManager manager;

    @BeforeAll
    static void open() {
        space = SuiteZeroFixtures.nb201();
        ImageBatch batch = BatchFiles.loadNpy(SharedData.golden("batch.npy"));
        evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"));
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        evaluator.close();
        manager.close();
    }

    static Stream<JsonNode> networks() throws IOException {
        JsonNode rows = new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
        return Stream.iterate(0, i -> i < rows.size(), i -> i + 1).map(rows::get);
    }

    @ParameterizedTest
    @MethodSource("networks")
    void zicoAndMecoMatchTheAuthorsCode(JsonNode expected) {
        Path weights = SharedData.golden(expected.get("weights").asText());
        NDList entries = withClassifier(StateDictLoader.read(manager, weights),
                StateDictLoader.read(manager, DIR.resolve("classifier.npz")));
        // copies for each network: a shared leaf would accumulate zico's two half-batch gradients
        NetworkWeights reference = (network, m) -> StateDictLoader.load(network, copies(entries), weights);
        try (ProxyContext context = evaluator.open(space.space().architecture(expected.get("index").asInt()), 0,
                reference)) {
            assertEquals(expected.get("arch").asText(), context.architecture().encoding());
            double zico = new ZicoProxy().compute(context);
            double meco = new MecoProxy().compute(context);
            // float32 gradients from two libtorch builds: zico's |g1 - g2| magnifies their last-bit differences
            assertEquals(expected.get("zico").asDouble(), zico, 1e-3 * Math.abs(expected.get("zico").asDouble()),
                    "zico");
            assertEquals(expected.get("meco").asDouble(), meco, 1e-4 * Math.abs(expected.get("meco").asDouble()) + 1e-6,
                    "meco");
        }
    }

    private static NDList copies(NDList entries) {
        NDList out = new NDList();
        for (NDArray a : entries) {
            NDArray copy = a.duplicate();
            copy.setName(a.getName());
            out.add(copy);
        }
        return out;
    }

    /** The golden state_dict with its one-output classifier replaced by the 10-class one. */
    private static NDList withClassifier(NDList golden, NDList classifier) {
        NDList out = new NDList();
        for (NDArray a : golden) {
            NDArray replacement = classifier.get(a.getName());
            out.add(replacement != null ? replacement : a);
        }
        return out;
    }
}
