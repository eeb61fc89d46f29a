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
 * Scores the Network Design Spaces golden networks with the reference's weights and batch, in both counting modes,
 * against the paper's own code (golden/nds/README.md): the public set (cell networks of five spaces, four AnyNets,
 * 128 images) and the coverage set (partial concats in both cells, every pycls op in both positions, the ImageNet
 * skeletons, ResNeXt with groups and bottlenecks; the batch's first 32 images).
 */
class NdsGoldenReferenceTest {
    private static final String[] SETS = {"nds", "nds/coverage"};
    private static NDManager manager;
    private static ImageBatch batch;
    private static final java.util.Map<String, NaswotScorer> SCORERS = new java.util.HashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        manager = NDManager.newBaseManager();
        batch = BatchFiles.loadNpy(SharedData.golden("batch.npy"));
    }

    @AfterAll
    static void tearDown() {
        SCORERS.values().forEach(NaswotScorer::close);
        SCORERS.clear();
        manager.close();
    }

    /** The scorer of one counting mode on the batch's first {@code images} images (the goldens' {@code batch}). */
    private static NaswotScorer scorer(ReluCounting counting, int images) {
        return SCORERS.computeIfAbsent(counting + "/" + images, k -> new NaswotScorer(NdsNetworkBuilder.INSTANCE,
                firstImages(images), 1, counting, ComputeDevice.select("cpu")));
    }

    private static ImageBatch firstImages(int images) {
        if (images == batch.size()) {
            return batch;
        }
        int per = batch.channels() * batch.height() * batch.width();
        return new ImageBatch(java.util.Arrays.copyOf(batch.pixels(), images * per), images, batch.channels(),
                batch.height(), batch.width(), java.util.Arrays.copyOf(batch.labels(), images),
                "golden batch, first " + images + " images");
    }

    static Stream<Arguments> networks() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String set : SETS) {
            JsonNode list = new ObjectMapper().readTree(SharedData.golden(set + "/expected.json").toFile());
            for (int i = 0; i < list.size(); i++) {
                out.add(Arguments.of(set, list.get(i).get("space").asText(), i, list.get(i)));
            }
        }
        return out.stream();
    }

    private static int images(JsonNode expected) {
        return expected.has("batch") ? expected.get("batch").asInt() : 128;
    }

    private static NdsArchitecture architecture(JsonNode expected) {
        return NdsArchitecture.of("nds:" + expected.get("space").asText(), expected.get("net"), -1);
    }

    @ParameterizedTest(name = "{0} {1} nds_{2}")
    @MethodSource("networks")
    void referenceCountingMatchesReferenceCode(String set, String space, int i, JsonNode expected)
            throws IOException {
        KernelScore s = scorer(ReluCounting.REFERENCE, images(expected)).score(architecture(expected),
                weights(set, expected), true, ActivationRecorder.NONE);

        assertEquals(expected.get("diag_repo").asLong(), s.reluUnits(), "K diagonal");
        assertEquals(expected.get("hooked_modules").asInt(), s.hookedModules(), "hooked modules");
        assertEquals(expected.get("params_nc1").asLong(), s.params(), "trainable parameters");
        assertKernelClose(read(SharedData.golden(set + "/K_repo_" + i + ".npy")).toDoubleArray(), s.kernel(), 4);
        assertLogDet(expected.get("logdet_repo"), s.logDet());
        float[] logits = read(SharedData.golden(set + "/logits_" + i + ".npy")).toFloatArray();
        assertEquals(logits.length, s.logits().length);
        for (int b = 0; b < logits.length; b++) {
            assertEquals(logits[b], s.logits()[b], 1e-4, "logit of image " + b);
        }
    }

    @ParameterizedTest(name = "{0} {1} nds_{2}")
    @MethodSource("networks")
    void onceCountingMatchesPaperEquation(String set, String space, int i, JsonNode expected) throws IOException {
        KernelScore s = scorer(ReluCounting.ONCE, images(expected)).score(architecture(expected),
                weights(set, expected), true, ActivationRecorder.NONE);

        assertEquals(expected.get("diag_relu").asLong(), s.reluUnits(), "K diagonal");
        if (expected.has("relu_modules")) {
            assertEquals(expected.get("relu_modules").asInt(), s.hookedModules(), "ReLUs that ran");
        }
        assertKernelClose(read(SharedData.golden(set + "/K_relu_" + i + ".npy")).toDoubleArray(), s.kernel(), 2);
        assertLogDet(expected.get("logdet_relu"), s.logDet());
    }

    /**
     * A cell state left out of the concat (coverage nds_0: loose ends of both cells) leads nowhere, so the reference
     * counts none of the ReLUs that make it; they still run, and an observer (the lecture view, cancellation) or the
     * profiler wrapped around the kernel must see them without bringing them back into K.
     */
    @org.junit.jupiter.api.Test
    void reluOffTheOutputPathRunsButOnlyOnceCountingCountsIt() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(SharedData.golden("nds/coverage/expected.json").toFile()).get(0);
        int unhooked = expected.get("unhooked_relus").size();
        int relus = expected.get("relu_modules").asInt();
        org.junit.jupiter.api.Assertions.assertTrue(unhooked > 0, "the golden network has ReLUs off the output path");
        NaswotScorer reference = scorer(ReluCounting.REFERENCE, images(expected));
        int[] seen = new int[1];
        KernelScore observed = reference.score(architecture(expected), weights("nds/coverage", expected), false,
                (x, twice) -> seen[0]++);
        KernelScore profiled = reference.profiled(architecture(expected), weights("nds/coverage", expected),
                new org.naswot.score.ScoreProfile());

        assertEquals(relus, seen[0], "the observer sees every ReLU that runs");
        for (KernelScore s : List.of(observed, profiled)) {
            assertEquals(expected.get("diag_repo").asLong(), s.reluUnits(), "K diagonal");
            assertEquals(expected.get("hooked_modules").asInt(), s.hookedModules(), "hooked modules");
            assertLogDet(expected.get("logdet_repo"), s.logDet());
        }
    }

    private static Weights weights(String set, JsonNode expected) {
        return Weights.fromNpz(SharedData.golden(set + "/" + expected.get("weights").asText()));
    }

    private static NDArray read(Path npy) throws IOException {
        try (InputStream in = Files.newInputStream(npy)) {
            return NDList.decode(manager, in).singletonOrThrow();
        }
    }
}
