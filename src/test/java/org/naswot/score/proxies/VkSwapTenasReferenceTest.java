package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * vkdnw, swap, reg_swap, ntk_cond and linear_regions against their authors' code run with PyTorch on the reference's
 * own NB201 networks (the golden weights with the 10-class classifier, the first 16 images of the golden batch):
 * src/tools/proxy_reference_vk.py wrote the expected values, drawing linear_regions' noise as the proxy does.
 */
class VkSwapTenasReferenceTest {
    private static final Path DIR = Paths.get(System.getProperty("basedir", ".")).resolve("src/test/reference/proxies");
    private static final int IMAGES = 16;
    private static SpaceContext space;
    private static ProxyEvaluator evaluator;
    private static NDManager manager;

    @BeforeAll
    static void open() {
        space = SuiteZeroFixtures.nb201();
        ImageBatch golden = BatchFiles.loadNpy(SharedData.golden("batch.npy"));
        int per = golden.channels() * golden.height() * golden.width();
        ImageBatch batch = new ImageBatch(Arrays.copyOf(golden.pixels(), IMAGES * per), IMAGES, golden.channels(),
                golden.height(), golden.width(), Arrays.copyOf(golden.labels(), IMAGES), "golden batch, first 16");
        evaluator = new ProxyEvaluator(space.builder(), batch, 10, ComputeDevice.select("cpu"));
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        evaluator.close();
        manager.close();
    }

    static Stream<JsonNode> networks() throws IOException {
        JsonNode rows = new ObjectMapper().readTree(DIR.resolve("expected_vk.json").toFile());
        return Stream.iterate(0, i -> i < rows.size(), i -> i + 1).map(rows::get);
    }

    @ParameterizedTest
    @MethodSource("networks")
    void matchTheAuthorsCode(JsonNode expected) {
        Path weights = SharedData.golden(expected.get("weights").asText());
        NDList entries = GoldenProxyWeights.withClassifier(StateDictLoader.read(manager, weights),
                StateDictLoader.read(manager, DIR.resolve("classifier.npz")));
        NetworkWeights reference = (network, m) -> StateDictLoader.load(network, GoldenProxyWeights.copies(entries), weights);
        try (ProxyContext context = evaluator.open(space.space().architecture(expected.get("index").asInt()), 0,
                reference)) {
            assertEquals(expected.get("arch").asText(), context.architecture().encoding());

            // the same 128 parameter tensors, in the same order
            List<String> names = new ArrayList<>();
            expected.get("vkdnw_parameters").forEach(n -> names.add(n.asText()));
            VkdnwProxy.Jacobians jacobians = VkdnwProxy.jacobians(context);
            assertEquals(names, jacobians.parameters());
            // their float32 SVD returns zero eigenvalues of F as noise near 1e-7 x the largest (a documented
            // difference: ours are double): each decile agrees to 1e-3 relative plus that noise, 1e-7 x the largest
            double[] ours = VkdnwProxy.deciles(VkdnwProxy.eigenvalues(VkdnwProxy.fisher(jacobians)));
            double largest = expected.get("vkdnw_largest").asDouble();
            double noise = 1e-7 * largest;
            for (int i = 0; i < ours.length; i++) {
                double theirs = expected.get("vkdnw_deciles").get(i).asDouble();
                assertEquals(theirs, ours[i], 1e-3 * Math.abs(theirs) + noise, "vkdnw decile " + (i + 1));
            }
            // the score from the deciles: their formula on their own deciles gives their value
            double[] theirDeciles = new double[ours.length];
            for (int i = 0; i < ours.length; i++) {
                theirDeciles[i] = expected.get("vkdnw_deciles").get(i).asDouble();
            }
            assertEquals(expected.get("vkdnw").asDouble(), VkdnwProxy.entropyOfDeciles(theirDeciles), 1e-6,
                    "vkdnw from its deciles");
            // the score itself: the noise in their lowest deciles moves it (network 0: 0.4744 here, 0.4764 there);
            // 5e-3 holds on all six, a hundredth of the spread between them (0 to 0.52)
            double vkdnw = VkdnwProxy.entropy(VkdnwProxy.eigenvalues(VkdnwProxy.fisher(jacobians)));
            assertEquals(expected.get("vkdnw").asDouble(), vkdnw, 5e-3, "vkdnw");

            // counts of distinct sign patterns: exact (a ReLU input at exactly 0 in one build only would show)
            assertEquals(expected.get("swap").asDouble(), new SwapProxy().compute(context), 0, "swap");
            // the count times a double factor
            assertEquals(expected.get("reg_swap").asDouble(), SwapProxy.regularised().compute(context),
                    1e-9 * Math.abs(expected.get("reg_swap").asDouble()), "reg_swap");
            // sums of 1/k in float32, in another order than torch's
            assertEquals(expected.get("linear_regions").asDouble(), new LinearRegionsProxy().compute(context), 1e-4,
                    "linear_regions");

            // the smallest eigenvalue of a 16 x 16 float32 Gram matrix: float32 eigh (theirs) against double
            // (ours) moves it by up to ~1e-7 x the largest, i.e. by 1e-7 x cond relative
            double cond = expected.get("ntk_cond").asDouble();
            assertEquals(cond, new NtkConditionProxy().compute(context), 1e-3 * Math.abs(cond), "ntk_cond");
        }
    }
}
