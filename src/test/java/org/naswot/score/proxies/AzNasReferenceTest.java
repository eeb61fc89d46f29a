package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * AZ-NAS's four parts and VKDNW's layer count against the authors' code run with PyTorch on the reference's NB201
 * networks (golden weights, the 10-class classifier of ProxyReferenceTest, the golden batch, the +-1 gradients of
 * sign seed 1): src/tools/proxy_reference_az.py wrote the expected values. The parts are computed on the golden
 * weights and batch through {@link AzNasParts#measure}, the proxies' own network (Kaiming init, Gaussian input) being
 * AZ-NAS's random draw, which no other code reproduces.
 */
class AzNasReferenceTest {
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
        JsonNode rows = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(DIR.resolve("expected_az.json").toFile());
        return Stream.iterate(0, i -> i < rows.size(), i -> i + 1).map(rows::get);
    }

    @ParameterizedTest
    @MethodSource("networks")
    void partsAndLayersMatchTheAuthorsCode(JsonNode expected) {
        Path weights = SharedData.golden(expected.get("weights").asText());
        NDList entries = GoldenProxyWeights.withClassifier(StateDictLoader.read(manager, weights),
                StateDictLoader.read(manager, DIR.resolve("classifier.npz")));
        NetworkWeights reference = (network, m) -> StateDictLoader.load(network, GoldenProxyWeights.copies(entries), weights);
        try (ProxyContext context = evaluator.open(space.space().architecture(expected.get("index").asInt()), 0,
                reference)) {
            assertEquals(expected.get("arch").asText(), context.architecture().encoding());
            AzNasParts parts = AzNasParts.measure(context.freshNetwork(), context.input(),
                    expected.get("sign_seed").asLong());
            // entropies of float32 covariances: eigenvalues in double here, float32 eigvalsh there; 16 features
            // summed (seen: at most 2.1e-6 apart)
            assertClose(expected, "az_expressivity", parts.expressivity(), 1e-5, 0);
            // the smallest difference of two such entropies (seen: at most 3.4e-7)
            assertClose(expected, "az_progressivity", parts.progressivity(), 2e-6, 0);
            // float32 g_in^T g_out, largest singular value in double here (seen: at most 2e-8); the all-none cell's
            // -8.8e5 comes from 1/(s + 1e-6) with s near 0, hence the relative term
            assertClose(expected, "az_trainability", parts.trainability(), 1e-6, 1e-9);
            // exact integer arithmetic on both sides
            assertEquals(expected.get("az_complexity").asDouble(), new AzComplexityProxy().compute(context), 1e-9,
                    "az_complexity");
            assertEquals(expected.get("layers").asDouble(), new LayersProxy().compute(context), 0, "layers");
        }
    }

    /** -inf (a cell of none edges makes a feature all zero) must be -inf here too; else within abs + rel*|e|. */
    private static void assertClose(JsonNode expected, String key, double actual, double abs, double rel) {
        double e = expected.get(key).asDouble();
        if (Double.isInfinite(e)) {
            assertEquals(e, actual, key);
            return;
        }
        assertEquals(e, actual, abs + rel * Math.abs(e), key);
    }
}
