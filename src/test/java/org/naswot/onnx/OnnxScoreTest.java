package org.naswot.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.score.ComputeDevice;
import org.naswot.score.KernelScore;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.testing.SharedData;

/**
 * ONNX networks scored with their own weights on the golden batch: the two NB201 exports against onnxruntime's
 * scores (every Relu node counted once), and a small CNN using every translated operator against PyTorch's own.
 */
class OnnxScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ImageBatch batch;

    @BeforeAll
    static void readBatch() throws IOException {
        try (NDManager manager = NDManager.newBaseManager();
             InputStream in = Files.newInputStream(SharedData.golden("batch.npy"))) {
            float[] pixels = NDList.decode(manager, in).singletonOrThrow().toFloatArray();
            batch = new ImageBatch(pixels, 128, 3, 32, 32, new int[128], "golden batch");
        }
    }

    @AfterAll
    static void forget() {
        batch = null;
    }

    static Path fixture(String name) {
        return Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
                .resolve("src/test/reference/onnx").resolve(name);
    }

    private static KernelScore score(ImportedNetwork network, ReluCounting counting) {
        try (NaswotScorer scorer = new NaswotScorer(network.builder(), batch, 10, counting,
                ComputeDevice.select("cpu"))) {
            return scorer.score(network, Weights.carried(network::assignWeights), true, ActivationRecorder.NONE);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void goldenNb201ExportsMatchOnnxRuntime(int entry) throws IOException {
        JsonNode expected = JSON.readTree(fixture("expected.json").toFile()).get(entry);
        ImportedNetwork network = ImportedNetwork.open(fixture(expected.get("onnx").asText()));
        assertEquals(expected.get("relu_nodes").asInt(), network.reluNodes());
        // no ReLUConvBN container in a graph: both countings count each Relu node once
        for (ReluCounting counting : ReluCounting.values()) {
            KernelScore s = score(network, counting);
            assertEquals(expected.get("relu_nodes").asInt(), s.hookedModules());
            assertEquals(expected.get("diag_onnx").asLong(), s.reluUnits());
            double logDet = expected.get("logdet_onnx").asDouble();
            assertEquals(logDet, s.logDet(), 1e-6 * logDet, counting.name());
            // the module count scores differently: the graph is what is scored
            assertTrue(Math.abs(s.logDet() - expected.get("logdet_once").asDouble()) > 1);
            assertEquals(128, s.logits().length, "one output per image, as the golden networks were built");
        }
    }

    @Test
    void everyTranslatedOperatorMatchesPyTorch() throws IOException {
        JsonNode expected = JSON.readTree(fixture("small_cnn.expected.json").toFile());
        ImportedNetwork network = ImportedNetwork.open(fixture("small_cnn.onnx"));
        KernelScore s = score(network, ReluCounting.ONCE);
        assertEquals(expected.get("relu_nodes").asInt(), network.reluNodes());
        assertEquals(expected.get("diag").asLong(), s.reluUnits());
        assertEquals(expected.get("params").asLong(), s.params());
        double logDet = expected.get("logdet").asDouble();
        assertEquals(logDet, s.logDet(), 1e-6 * logDet);
        JsonNode logits = expected.get("logits_first");
        assertEquals(10 * 128, s.logits().length);
        for (int c = 0; c < 10; c++) {
            assertEquals(logits.get(c).asDouble(), s.logits()[c], 1e-4, "logit " + c + " of image 0");
        }
    }
}
