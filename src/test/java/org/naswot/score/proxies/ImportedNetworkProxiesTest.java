package org.naswot.score.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.naswot.data.BatchFiles;
import org.naswot.data.ImageBatch;
import org.naswot.nn.CellChain;
import org.naswot.nn.DeclaredParameters;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.nn.StateDictLoader;
import org.naswot.onnx.ImportedNetwork;
import org.naswot.run.SpaceContext;
import org.naswot.score.ComputeDevice;
import org.naswot.space.Architecture;
import org.naswot.testing.SharedData;

/**
 * AZ-NAS's parts and VKDNW on a network imported from ONNX equal those of the built-in network it was exported from:
 * the two golden NB201 exports (src/test/reference/onnx) against the built-in NB201 cells loaded with the same golden
 * weights (one-output head, as exported) and the export's BatchNorm running statistics, on the first 16 images of the
 * golden batch.
 */
class ImportedNetworkProxiesTest {
    private static final int IMAGES = 16;
    private static final Path ONNX = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .resolve("src/test/reference/onnx");
    private static SpaceContext nb201;
    private static ImageBatch batch;
    private static NDManager manager;

    @BeforeAll
    static void open() {
        nb201 = SuiteZeroFixtures.nb201();
        ImageBatch golden = BatchFiles.loadNpy(SharedData.golden("batch.npy"));
        int per = golden.channels() * golden.height() * golden.width();
        batch = new ImageBatch(Arrays.copyOf(golden.pixels(), IMAGES * per), IMAGES, golden.channels(),
                golden.height(), golden.width(), Arrays.copyOf(golden.labels(), IMAGES), "golden batch, first 16");
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    private record Pair(ProxyEvaluator builtIn, ProxyContext builtInContext, ProxyEvaluator imported,
                        ProxyContext importedContext) implements AutoCloseable {
        @Override
        public void close() {
            builtInContext.close();
            importedContext.close();
            builtIn.close();
            imported.close();
        }
    }

    /** Entry {@code entry} of expected.json: the built-in network with the golden weights, and its export. */
    private static Pair pair(int entry) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(ONNX.resolve("expected.json").toFile()).get(entry);
        Path weights = SharedData.golden(expected.get("weights").asText());
        NDList entries = StateDictLoader.read(manager, weights);
        Architecture a = nb201.space().parse(expected.get("arch").asText());
        ComputeDevice cpu = ComputeDevice.select("cpu");
        ImportedNetwork network = ImportedNetwork.open(ONNX.resolve(expected.get("onnx").asText()));
        ProxyEvaluator builtIn = new ProxyEvaluator(nb201.builder(), batch, 1, cpu);
        ProxyContext builtInContext = builtIn.open(a, 0, (built, m) -> {
            StateDictLoader.load(built, GoldenProxyWeights.copies(entries), weights);
            runningStatisticsOf(network, built, m);
        });
        ProxyEvaluator imported = new ProxyEvaluator(network.builder(), batch, 1, cpu);
        return new Pair(builtIn, builtInContext, imported, imported.open(network, 0, network::assignWeights));
    }

    /**
     * The export's running statistics in place of the golden ones: tracing in training mode ran one forward pass,
     * which moved them (momentum 0.1) before they were written; VKDNW normalises with them (eval mode).
     */
    private static void runningStatisticsOf(ImportedNetwork network, Module built, NDManager m) {
        Module exported = network.builder().build(network, 1);
        network.assignWeights(exported, m);
        Map<String, Parameter> from = ((DeclaredParameters) exported).declaredParameters();
        Map<String, Parameter> to = built.stateDict();
        // the exporter keeps PyTorch's names, and its state_dict's order
        assertEquals(List.copyOf(to.keySet()), List.copyOf(from.keySet()));
        for (Map.Entry<String, Parameter> e : to.entrySet()) {
            Parameter source = from.get(e.getKey());
            assertEquals(e.getValue().shape(), source.shape(), e.getKey());
            if (source.name().startsWith("running_")) {
                e.getValue().replaceValue(source.value().duplicate());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void azNasPartsOfTheExportAreThoseOfTheBuiltInNetwork(int entry) throws IOException {
        try (Pair p = pair(entry)) {
            // the graph's stages: the stem, then NB201's 15 cells and 2 residual blocks
            assertEquals(18, ((CellChain) p.importedContext().freshNetwork()).featureStages().size());
            AzNasParts expected = AzNasParts.measure(p.builtInContext().freshNetwork(), p.builtInContext().input(), 1);
            AzNasParts actual = AzNasParts.measure(p.importedContext().freshNetwork(), p.importedContext().input(), 1);
            // the same float32 operations on the same values: within AzNasReferenceTest's tolerances
            assertEquals(expected.expressivity(), actual.expressivity(), 1e-5, "az_expressivity");
            assertEquals(expected.progressivity(), actual.progressivity(), 2e-6, "az_progressivity");
            assertEquals(expected.trainability(), actual.trainability(),
                    1e-6 + 1e-9 * Math.abs(expected.trainability()), "az_trainability");
            assertTrue(Double.isFinite(actual.expressivity()) && Double.isFinite(actual.trainability()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void vkdnwOfTheExportIsThatOfTheBuiltInNetwork(int entry) throws IOException {
        try (Pair p = pair(entry)) {
            VkdnwProxy.Jacobians expected = VkdnwProxy.jacobians(p.builtInContext());
            VkdnwProxy.Jacobians actual = VkdnwProxy.jacobians(p.importedContext());
            // the same 128 parameter tensors, in the same order and under the same names
            assertEquals(VkdnwProxy.PARAMETER_TENSORS, actual.parameters().size());
            assertEquals(expected.parameters(), actual.parameters());
            for (int i = 0; i < IMAGES; i++) {
                double[] e = expected.values()[i][0];
                double[] a = actual.values()[i][0];
                for (int k = 0; k < e.length; k++) {
                    assertEquals(e[k], a[k], 1e-5 + 1e-4 * Math.abs(e[k]), "image " + i + ", parameter "
                            + expected.parameters().get(k));
                }
            }
            assertEquals(new VkdnwProxy().compute(p.builtInContext()), new VkdnwProxy().compute(p.importedContext()),
                    1e-6, "vkdnw");
        }
    }

    /**
     * An imported convolution's bias (small_cnn's first Conv has one) takes a per-image probe too: each image's
     * Jacobian entry for its first element is the change of that image's logits when the element moves (central
     * differences of +-0.01 on the eval-mode logits; the network is piecewise linear in a bias).
     */
    @Test
    void vkdnwProbesAnImportedConvolutionsBias() {
        ImportedNetwork network = ImportedNetwork.open(ONNX.resolve("small_cnn.onnx"));
        String key = "node0_Conv_bias.bias";
        try (ProxyEvaluator evaluator = new ProxyEvaluator(network.builder(), batch, 10, ComputeDevice.select("cpu"))) {
            VkdnwProxy.Jacobians j = jacobians(evaluator, network, key, 0);
            Module built = network.builder().build(network, 10);
            String declared = ((DeclaredParameters) built).declaredParameters().entrySet().stream()
                    .filter(e -> e.getValue() == built.stateDict().get(key)).findFirst().orElseThrow().getKey();
            int k = j.parameters().indexOf(declared);
            assertTrue(k > 0, "the bias is among the probed parameters: " + j.parameters());
            float h = 0.01f;
            float[][] up = jacobians(evaluator, network, key, h).logits();
            float[][] down = jacobians(evaluator, network, key, -h).logits();
            for (int i = 0; i < IMAGES; i++) {
                for (int c = 0; c < 10; c++) {
                    double difference = (up[i][c] - down[i][c]) / (2.0 * h);
                    assertEquals(difference, j.values()[i][c][k], 2e-3 + 2e-2 * Math.abs(difference),
                            "image " + i + ", class " + c);
                }
            }
            assertTrue(Double.isFinite(new VkdnwProxy().compute(evaluator.open(network, 0, network::assignWeights))));
        }
    }

    /** VKDNW's Jacobians of {@code network} with the first element of parameter {@code key} moved by {@code shift}. */
    private static VkdnwProxy.Jacobians jacobians(ProxyEvaluator evaluator, ImportedNetwork network, String key,
                                                  float shift) {
        NetworkWeights shifted = (m, manager) -> {
            network.assignWeights(m, manager);
            Parameter p = m.stateDict().get(key);
            float[] v = p.value().toFloatArray();
            v[0] += shift;
            p.replaceValue(manager.create(v, p.shape()));
        };
        try (ProxyContext context = evaluator.open(network, 0, shifted)) {
            return VkdnwProxy.jacobians(context);
        }
    }
}
