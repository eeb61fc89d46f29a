package org.naswot.space.nds;

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
import org.naswot.space.nds.net.NdsNetworkBuilder;
import org.naswot.data.BatchFiles;
import org.naswot.data.ImageBatch;
import org.naswot.nn.ActivationRecorder;
import org.naswot.score.ComputeDevice;
import org.naswot.score.KernelScore;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.testing.SharedData;

/**
 * Scores the ten Network Design Spaces golden networks (cell networks of five spaces, four AnyNets) with the
 * reference's weights and batch, in both counting modes, against the paper's own code (golden/nds/README.md).
 */
class NdsGoldenReferenceTest {
    private static NDManager manager;
    private static NaswotScorer reference;
    private static NaswotScorer once;

    @BeforeAll
    static void setUp() throws IOException {
        manager = NDManager.newBaseManager();
        ImageBatch batch = BatchFiles.loadNpy(SharedData.golden("batch.npy"));
        reference = new NaswotScorer(NdsNetworkBuilder.INSTANCE, batch, 1, ReluCounting.REFERENCE,
                ComputeDevice.select("cpu"));
        once = new NaswotScorer(NdsNetworkBuilder.INSTANCE, batch, 1, ReluCounting.ONCE, ComputeDevice.select("cpu"));
    }

    @AfterAll
    static void tearDown() {
        reference.close();
        once.close();
        manager.close();
    }

    static Stream<Arguments> networks() throws IOException {
        JsonNode list = new ObjectMapper().readTree(SharedData.golden("nds/expected.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(Arguments.of(list.get(i).get("space").asText(), i, list.get(i)));
        }
        return out.stream();
    }

    private static NdsArchitecture architecture(JsonNode expected) {
        return NdsArchitecture.of("nds:" + expected.get("space").asText(), expected.get("net"), -1);
    }

    @ParameterizedTest(name = "{0} nds_{1}")
    @MethodSource("networks")
    void referenceCountingMatchesReferenceCode(String space, int i, JsonNode expected) throws IOException {
        KernelScore s = reference.score(architecture(expected), weights(expected), true, ActivationRecorder.NONE);

        assertEquals(expected.get("diag_repo").asLong(), s.reluUnits(), "K diagonal");
        assertEquals(expected.get("hooked_modules").asInt(), s.hookedModules(), "hooked modules");
        assertEquals(expected.get("params_nc1").asLong(), s.params(), "trainable parameters");
        assertKernelClose(read(SharedData.golden("nds/K_repo_" + i + ".npy")).toDoubleArray(), s.kernel(), 4);
        assertLogDet(expected.get("logdet_repo"), s.logDet());
        float[] logits = read(SharedData.golden("nds/logits_" + i + ".npy")).toFloatArray();
        assertEquals(logits.length, s.logits().length);
        for (int b = 0; b < logits.length; b++) {
            assertEquals(logits[b], s.logits()[b], 1e-4, "logit of image " + b);
        }
    }

    @ParameterizedTest(name = "{0} nds_{1}")
    @MethodSource("networks")
    void onceCountingMatchesPaperEquation(String space, int i, JsonNode expected) throws IOException {
        KernelScore s = once.score(architecture(expected), weights(expected), true, ActivationRecorder.NONE);

        assertEquals(expected.get("diag_relu").asLong(), s.reluUnits(), "K diagonal");
        assertKernelClose(read(SharedData.golden("nds/K_relu_" + i + ".npy")).toDoubleArray(), s.kernel(), 2);
        assertLogDet(expected.get("logdet_relu"), s.logDet());
    }

    private static Weights weights(JsonNode expected) {
        return Weights.fromNpz(SharedData.golden("nds/" + expected.get("weights").asText()));
    }

    private static NDArray read(Path npy) throws IOException {
        try (InputStream in = Files.newInputStream(npy)) {
            return NDList.decode(manager, in).singletonOrThrow();
        }
    }
}
