package org.naswot.space.declarative;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.naswot.data.ImageBatch;
import org.naswot.score.ComputeDevice;
import org.naswot.score.KernelScore;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ReluCounting;
import org.naswot.score.Weights;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nb201.Nb201NetworkBuilder;
import org.naswot.testing.SharedData;

/**
 * spaces/examples/nb201.json, NB201 written declaratively, gives NB201's networks: the six golden networks of
 * GoldenReferenceTest, with the reference's weights and batch, score as the paper's code does and bit for bit as the
 * built-in nb201 does; parameter counts and state-dict names agree on 300 cells, and the arch strings read back.
 */
class DeclarativeNb201ExactnessTest {
    private static NDManager manager;
    private static ImageBatch batch;
    private static DagSpace space;
    private static NaswotScorer declarative;
    private static NaswotScorer builtIn;

    @BeforeAll
    static void setUp() throws IOException {
        manager = NDManager.newBaseManager();
        float[] pixels = read(SharedData.golden("batch.npy")).toFloatArray();
        batch = new ImageBatch(pixels, 128, 3, 32, 32, new int[128], "golden batch");
        DeclarativeSpaces.Loaded loaded = DeclarativeSpaces.read(Path.of("spaces/examples/nb201.json"));
        space = (DagSpace) DeclarativeSpaces.space(loaded.spec());
        declarative = new NaswotScorer(DeclarativeSpaces.builder(loaded.spec()), batch, 10, ReluCounting.REFERENCE,
                ComputeDevice.select("cpu"));
        builtIn = new NaswotScorer(Nb201NetworkBuilder.BENCHMARK, batch, 10, ReluCounting.REFERENCE,
                ComputeDevice.select("cpu"));
    }

    @AfterAll
    static void tearDown() {
        declarative.close();
        builtIn.close();
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
    void goldenNetworksScoreAsTheReferenceAndBitForBitAsBuiltIn(int i, JsonNode expected) throws IOException {
        String arch = expected.get("arch").asText();
        DagArchitecture a = space.parse(arch);
        assertEquals(arch, a.encoding());
        Weights weights = Weights.fromNpz(SharedData.golden(expected.get("weights").asText()));
        KernelScore s = declarative.score(a, weights, true, org.naswot.nn.ActivationRecorder.NONE);

        assertEquals(expected.get("diag_repo").asLong(), s.reluUnits());
        assertEquals(expected.get("relu_like_modules").asInt(), s.hookedModules());
        assertEquals(expected.get("params_10_classes").asLong(), s.params());
        assertKernelClose(read(SharedData.golden(expected.get("K_repo").asText())).toDoubleArray(), s.kernel(), 4);
        assertLogDet(expected.get("logdet_repo"), s.logDet());

        KernelScore b = builtIn.score(Nb201Architecture.parse(arch), weights, true,
                org.naswot.nn.ActivationRecorder.NONE);
        assertEquals(Double.doubleToRawLongBits(b.logDet()), Double.doubleToRawLongBits(s.logDet()),
                "log|det K| bit for bit: " + b.logDet() + " vs " + s.logDet());
        for (int r = 0; r < b.kernel().length; r++) {
            assertArrayEquals(b.kernel()[r], s.kernel()[r], 0.0, "K row " + r);
        }
        assertArrayEquals(b.logits(), s.logits(), 0f);
    }

    @Test
    void seededWeightsGiveTheSameScoreAsBuiltIn() {
        // the weights drawn from one seed agree too: the parameters come in TinyNetwork's order
        String arch = "|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|nor_conv_3x3~1|nor_conv_1x1~2|";
        KernelScore s = declarative.score(space.parse(arch), Weights.seeded(7));
        KernelScore b = builtIn.score(Nb201Architecture.parse(arch), Weights.seeded(7));
        assertEquals(b.logDet(), s.logDet(), 0.0);
        assertEquals(b.reluUnits(), s.reluUnits());
    }

    @Test
    void parameterCountsAndStateDictNamesAgreeOn300Cells() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int n = 0; n < 300; n++) {
            int code = rng.nextInt(15_625);
            DagArchitecture a = space.architecture(code);
            Nb201Architecture b = Nb201Architecture.parse(a.encoding());
            assertEquals(b.code(), code, "the index is NB201's base-5 code");
            var mine = DeclarativeSpaces.builder(a.spec()).build(a, 10);
            var theirs = Nb201NetworkBuilder.BENCHMARK.build(b, 10);
            assertEquals(theirs.trainableParameterCount(), mine.trainableParameterCount(), a.encoding());
            assertEquals(List.copyOf(theirs.stateDict().keySet()), List.copyOf(mine.stateDict().keySet()));
        }
        assertEquals(15_625, space.size());
    }

    private static NDArray read(Path npy) throws IOException {
        try (InputStream in = Files.newInputStream(npy)) {
            return NDList.decode(manager, in).singletonOrThrow();
        }
    }
}
