package org.naswot.space.nb101;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.Npy;
import org.naswot.data.NpyArray;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.nn.StateDictLoader;
import org.naswot.nn.WeightInitializer;

/**
 * A state_dict saved from the reference's NB101 {@code Network} (nas_101_api/model.py) loads by name: its vertex
 * convolutions sit one level down, in {@code Conv3x3BnRelu.conv3x3} / {@code Conv1x1BnRelu.conv1x1}, and it carries
 * an empty {@code arch_parameters} of shape (vertices, 0) and int64 {@code num_batches_tracked} counters.
 */
class Nb101ReferenceWeightsTest {
    private static final String CELL = "0111000000010000001100000001000000100000010000000:"
            + "input|conv3x3-bn-relu|conv1x1-bn-relu|maxpool3x3|conv3x3-bn-relu|conv1x1-bn-relu|output";

    @TempDir
    Path tmp;

    @Test
    void referenceStateDictLoadsByName() throws IOException {
        Nb101Architecture cell = Nb101Architecture.parse(CELL);
        Module source = Nb101NetworkBuilder.PAPER_CODE.build(cell, 1);
        Module target = Nb101NetworkBuilder.PAPER_CODE.build(cell, 1);
        Map<String, Parameter> state = source.stateDict();
        assertTrue(state.containsKey("layers.1.vertex_op.1.conv3x3.conv_bn_relu.0.weight"), state.keySet().toString());
        assertTrue(state.containsKey("layers.1.vertex_op.2.conv1x1.conv_bn_relu.1.running_var"));
        assertTrue(state.containsKey("layers.1.input_op.1.conv_bn_relu.0.weight"));
        try (NDManager manager = NDManager.newBaseManager()) {
            WeightInitializer.initialize(source, manager, 7);
            Map<String, NpyArray> entries = new LinkedHashMap<>();
            for (Map.Entry<String, Parameter> e : state.entrySet()) {
                long[] dims = e.getValue().shape().getShape();
                int[] shape = new int[dims.length];
                for (int i = 0; i < dims.length; i++) {
                    shape[i] = (int) dims[i];
                }
                entries.put(e.getKey(), NpyArray.ofFloats(shape, e.getValue().value().toFloatArray()));
                if (e.getKey().endsWith("running_var")) {
                    String counter = e.getKey().replace("running_var", "num_batches_tracked");
                    entries.put(counter, NpyArray.ofLongs(new int[0], new long[] {0}));
                }
            }
            entries.put("arch_parameters", NpyArray.ofFloats(new int[] {7, 0}, new float[0]));
            Path npz = tmp.resolve("nb101.npz");
            writeNpz(npz, entries);

            StateDictLoader.load(target, manager, npz);

            for (Map.Entry<String, Parameter> e : target.stateDict().entrySet()) {
                assertArrayEquals(state.get(e.getKey()).value().toFloatArray(), e.getValue().value().toFloatArray(),
                        e.getKey());
            }
        }
    }

    /** As np.savez writes it: one stored (uncompressed) {@code <key>.npy} member per entry. */
    private static void writeNpz(Path file, Map<String, NpyArray> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, NpyArray> e : entries.entrySet()) {
                byte[] bytes = Npy.toBytes(e.getValue());
                ZipEntry z = new ZipEntry(e.getKey() + ".npy");
                z.setMethod(ZipEntry.STORED);
                z.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                z.setCrc(crc.getValue());
                zip.putNextEntry(z);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
