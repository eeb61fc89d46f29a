package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.testing.SharedData;

/** {@code naswot score --onnx}: a network of one's own, with every proxy; bad files exit 2 with one line. */
class ScoreOnnxCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String fixture(String name) {
        return Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
                .resolve("src/test/reference/onnx").resolve(name).toString();
    }

    @Test
    void scoresTheGoldenExportAndSaysHowReluNodesCount() throws Exception {
        JsonNode expected = JSON.readTree(Paths.get(fixture("expected.json")).toFile()).get(1);
        CliRunner.Result r = CliRunner.run("score", "--onnx", fixture("nb201_arch_3.onnx"), "--batch",
                SharedData.golden("batch.npy").toString(), "--data-dir", SharedData.dataDir().toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("each of the graph's 50 Relu nodes counted once"), r.out());
        assertTrue(r.out().contains(String.format("%.3f", expected.get("logdet_onnx").asDouble())), r.out());
    }

    @Test
    void everyProxyRunsOnAnImportedNetwork() throws Exception {
        CliRunner.Result r = CliRunner.run("score", "--onnx", fixture("small_cnn.onnx"), "--batch-size", "16",
                "--proxies", "all", "--data-dir", SharedData.dataDir().toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode line = JSON.readTree(r.out());
        assertEquals(4, line.get("relu_nodes").asInt());
        assertEquals(10, line.get("outputs").asInt());
        assertEquals(4030, line.get("params").asLong());
        JsonNode proxies = line.get("proxies");
        // every proxy gives a value: AZ-NAS's parts on the graph's blocks (its merge cuts), vkdnw's per-image probes
        // on the biased convolutions too
        ProxyRegistry.all().forEach(p -> assertTrue(proxies.has(p.id()) && proxies.get(p.id()).isNumber(),
                p.id() + ": " + proxies));
        assertEquals(0, r.err().lines().filter(l -> l.contains(" failed on this network")).count(), r.err());
        assertEquals(0.004030, proxies.get("params").asDouble(), 1e-12, "params in millions, from the graph");
        assertTrue(Double.isFinite(proxies.get("synflow").asDouble()) && Double.isFinite(proxies.get("snip").asDouble()),
                r.out());
        // gradients reach every weight through every operator (an Identity node and a channel-padded convolution
        // once cut them): synflow as PyTorch computes it on the same weights
        double synflow = JSON.readTree(Paths.get(fixture("small_cnn.expected.json")).toFile()).get("synflow").asDouble();
        assertEquals(synflow, proxies.get("synflow").asDouble(), 1e-9 * synflow);
    }

    @Test
    void badFilesAndRequestsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(Paths.get(fixture("small_cnn.onnx")));
        Path cut = dir.resolve("cut.onnx");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 3));
        String data = SharedData.dataDir().toString();
        String[][] cases = {
            {"score", "--onnx", cut.toString(), "--data-dir", data},
            {"score", "--onnx", fixture("unsupported_op.onnx"), "--data-dir", data},
            {"score", "--onnx", dir.resolve("none.onnx").toString(), "--data-dir", data},
            {"score", "--onnx", fixture("small_cnn.onnx"), "--weights", "w.npz", "--data-dir", data},
            {"score", "--onnx", fixture("nb201_arch_1.onnx"), "--proxies", "snip", "--batch-size", "8",
                "--data-dir", data},
            // scoring a space's cell with --proxies is a valid request since `score --protocol` (it was refused)
            {"score", "--index", "1", "--proxies", "no_such_proxy", "--data-dir", data},
            {"score", "--onnx", fixture("small_cnn.onnx"), "--protocol", "vkdnw", "--data-dir", data},
        };
        for (String[] args : cases) {
            CliRunner.Result r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().filter(l -> !l.startsWith("note:")).count(), r.err());
        }
    }
}
