package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naswot.testing.KernelAssertions.assertKernelClose;
import static org.naswot.testing.KernelAssertions.assertLogDet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.naswot.data.ImageBatch;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;
import org.naswot.testing.SharedData;

/**
 * Scores every golden architecture with the reference's own weights and batch and compares with the
 * outputs of the paper's PyTorch code (../shared/golden, see its README for every number).
 */
class GoldenReferenceTest {
    private static NDManager manager;
    private static ImageBatch batch;
    private static NaswotScorer reference;
    private static NaswotScorer once;

    @BeforeAll
    static void setUp() throws IOException {
        manager = NDManager.newBaseManager();
        float[] pixels = read(SharedData.golden("batch.npy")).toFloatArray();
        batch = new ImageBatch(pixels, 128, 3, 32, 32, new int[128], "golden batch");
        reference = new NaswotScorer(Nb201NetworkBuilder.BENCHMARK, batch, 10, ReluCounting.REFERENCE,
                ComputeDevice.select("cpu"));
        once = new NaswotScorer(Nb201NetworkBuilder.BENCHMARK, batch, 10, ReluCounting.ONCE,
                ComputeDevice.select("cpu"));
    }

    @AfterAll
    static void tearDown() {
        reference.close();
        once.close();
        manager.close();
    }

    static Stream<Arguments> goldenArchitectures() throws IOException {
        JsonNode list = new ObjectMapper().readTree(SharedData.golden("expected.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(Arguments.of(i, list.get(i)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "arch_{0}")
    @MethodSource("goldenArchitectures")
    void referenceCountingMatchesReferenceCode(int i, JsonNode expected) throws IOException {
        Nb201Architecture arch = Nb201Architecture.parse(expected.get("arch").asText());
        KernelScore s = reference.score(arch, Weights.fromNpz(SharedData.golden(expected.get("weights").asText())),
                true, org.naswot.nn.ActivationRecorder.NONE);

        assertEquals(expected.get("diag_repo").asLong(), s.reluUnits());
        assertEquals(expected.get("relu_like_modules").asInt(), s.hookedModules());
        assertEquals(expected.get("params_10_classes").asLong(), s.params());
        assertKernelClose(read(SharedData.golden(expected.get("K_repo").asText())).toDoubleArray(), s.kernel(), 4);
        assertLogDet(expected.get("logdet_repo"), s.logDet());
        float[] logits = read(SharedData.golden(expected.get("logits").asText())).toFloatArray();
        assertEquals(logits.length, s.logits().length);
        for (int b = 0; b < logits.length; b++) {
            assertEquals(logits[b], s.logits()[b], 1e-4, "logit of image " + b);
        }
    }

    @ParameterizedTest(name = "arch_{0}")
    @MethodSource("goldenArchitectures")
    void onceCountingMatchesPaperEquation(int i, JsonNode expected) throws IOException {
        Nb201Architecture arch = Nb201Architecture.parse(expected.get("arch").asText());
        KernelScore s = once.score(arch, Weights.fromNpz(SharedData.golden(expected.get("weights").asText())),
                true, org.naswot.nn.ActivationRecorder.NONE);

        assertEquals(expected.get("diag_relu").asLong(), s.reluUnits());
        assertEquals(expected.get("relu_modules").asInt(), s.hookedModules());
        assertKernelClose(read(SharedData.golden(expected.get("K_relu").asText())).toDoubleArray(), s.kernel(), 2);
        assertLogDet(expected.get("logdet_relu"), s.logDet());
    }

    private static NDArray read(Path npy) throws IOException {
        try (InputStream in = Files.newInputStream(npy)) {
            return NDList.decode(manager, in).singletonOrThrow();
        }
    }
}
