package org.naswot.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;

/** Files naswot cannot score are refused with one line that names the problem. */
class OnnxRefusalTest {

    private static String refusal(Path file) {
        String message = assertThrows(UserFacingException.class, () -> ImportedNetwork.open(file)).getMessage();
        assertTrue(!message.contains("\n"), message);
        return message;
    }

    @Test
    void anOperatorNotTranslatedIsNamedWithItsNode() {
        String m = refusal(OnnxScoreTest.fixture("unsupported_op.onnx"));
        assertTrue(m.contains("'/act/Sigmoid'") && m.contains("is a Sigmoid"), m);
        assertTrue(m.contains("Conv, BatchNormalization, Relu"), m);
    }

    @Test
    void inferenceModeBatchNormIsRefused() {
        String m = refusal(OnnxScoreTest.fixture("inference_bn.onnx"));
        assertTrue(m.contains("'/bn/BatchNormalization'") && m.contains("TrainingMode.TRAINING"), m);
    }

    @Test
    void truncatedFilesAreRefusedWhereverTheyEnd(@TempDir Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(OnnxScoreTest.fixture("small_cnn.onnx"));
        for (int length : new int[] {whole.length - 1, whole.length / 2, 100, 7}) {
            Path cut = dir.resolve("cut" + length + ".onnx");
            Files.write(cut, Arrays.copyOf(whole, length));
            String m = refusal(cut);
            assertTrue(m.contains("cut" + length + ".onnx"), m);
        }
    }

    @Test
    void otherFilesAreNotModels(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.onnx");
        Files.writeString(text, "this is not a model\n");
        assertTrue(refusal(text).contains("notes.onnx"));
        Path empty = dir.resolve("empty.onnx");
        Files.write(empty, new byte[0]);
        assertTrue(refusal(empty).contains("not an ONNX model"));
        assertTrue(refusal(dir.resolve("missing.onnx")).contains("not found"));
    }

    private static OnnxNode node(String name, String op, List<String> in, List<String> out,
                                 Map<String, OnnxAttribute> attributes) {
        return new OnnxNode(name, op, "", in, out, attributes);
    }

    private static OnnxAttribute ints(String name, long... values) {
        return new OnnxAttribute(name, 0, 0, null, new float[0], values, null);
    }

    private static String translationRefusal(OnnxNode... nodes) {
        OnnxTensor w = new OnnxTensor("w", new long[] {4, 3, 3, 3}, OnnxTensor.FLOAT, new float[108], null);
        OnnxTensor ones = new OnnxTensor("ones", new long[] {3}, OnnxTensor.FLOAT, new float[] {1, 1, 1}, null);
        OnnxGraph g = new OnnxGraph(List.of(nodes), Map.of("w", w, "ones", ones),
                List.of(new OnnxGraph.Input("x", new long[] {-1, 3, 32, 32})), List.of(nodes[nodes.length - 1]
                .outputs().get(0)), 17, "test");
        String m = assertThrows(UserFacingException.class, () -> new GraphNetwork(g, "g.onnx")).getMessage();
        assertTrue(m.startsWith("g.onnx: node ") && !m.contains("\n"), m);
        return m;
    }

    @Test
    void graphsNotTranslatedExactlyAreRefusedNamingTheNode() {
        OnnxNode conv = node("c", "Conv", List.of("x", "w"), List.of("y"), Map.of("pads", ints("pads", 0, 0, 1, 1)));
        assertTrue(translationRefusal(conv).contains("only the same padding on both sides"));
        OnnxNode dropout = node("d", "Dropout", List.of("x"), List.of("y", "mask"), Map.of());
        assertTrue(translationRefusal(dropout).contains("replace nn.Dropout by nn.Identity"));
        OnnxNode pool = node("p", "MaxPool", List.of("x"), List.of("y", "indices"),
                Map.of("kernel_shape", ints("kernel_shape", 2, 2)));
        assertTrue(translationRefusal(pool).contains("also outputs indices"));
        OnnxNode bn = node("bn", "BatchNormalization", List.of("x", "ones", "ones", "ones", "ones"),
                List.of("y", "mean", "var"), Map.of("training_mode", new OnnxAttribute("training_mode", 0, 1, null,
                        new float[0], new long[0], null)));
        OnnxNode relu = node("r", "Relu", List.of("mean"), List.of("z"), Map.of());
        String m = translationRefusal(bn, relu);
        assertTrue(m.contains("'r' reads 'mean', an extra output of 'bn'"), m);
        OnnxNode orphan = node("o", "Relu", List.of("nowhere"), List.of("z"), Map.of());
        assertTrue(translationRefusal(orphan).contains("which no earlier node, initializer or input gives"));
    }

    @Test
    void theBatchMustHaveTheGraphsImageShape() {
        ImportedNetwork network = ImportedNetwork.open(OnnxScoreTest.fixture("unsupported_op.onnx").resolveSibling(
                "small_cnn.onnx"));
        assertEquals(true, network.requireInput(128, 3, 32, 32).isEmpty());
        String m = assertThrows(UserFacingException.class, () -> network.requireInput(128, 3, 16, 16)).getMessage();
        assertTrue(m.contains("[?, 3, 32, 32]") && m.contains("[128, 3, 16, 16]"), m);
    }
}
