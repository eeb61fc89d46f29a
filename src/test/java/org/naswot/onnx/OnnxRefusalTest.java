package org.naswot.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    @Test
    void theBatchMustHaveTheGraphsImageShape() {
        ImportedNetwork network = ImportedNetwork.open(OnnxScoreTest.fixture("unsupported_op.onnx").resolveSibling(
                "small_cnn.onnx"));
        assertEquals(true, network.requireInput(128, 3, 32, 32).isEmpty());
        String m = assertThrows(UserFacingException.class, () -> network.requireInput(128, 3, 16, 16)).getMessage();
        assertTrue(m.contains("[?, 3, 32, 32]") && m.contains("[128, 3, 16, 16]"), m);
    }
}
