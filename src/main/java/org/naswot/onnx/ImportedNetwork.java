package org.naswot.onnx;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.naswot.common.UserFacingException;
import org.naswot.nn.Module;
import org.naswot.space.Architecture;
import org.naswot.space.NetworkBuilder;

/**
 * One network of the user's own, read from an ONNX file (torch.onnx.export in training mode): an {@link Architecture}
 * outside any search space, with the {@link NetworkBuilder} that translates its graph into this project's modules and
 * the weights its initializers hold. Whatever scores a built-in space's architecture (NASWOT, every proxy) scores it
 * through these two, with {@link #assignWeights} in place of a seeded initialisation.
 */
public final class ImportedNetwork implements Architecture {
    /** What {@link #space()} answers: no search space, a network imported from a file. */
    public static final String SOURCE = "onnx";

    private final Path file;
    private final OnnxGraph graph;
    private final int reluNodes;
    private final long[] inputDims;

    private ImportedNetwork(Path file, OnnxGraph graph) {
        this.file = file;
        this.graph = graph;
        GraphNetwork translated = new GraphNetwork(graph, file.getFileName().toString());
        this.reluNodes = translated.reluNodes();
        this.inputDims = graph.inputs().get(0).dims();
    }

    /**
     * Reads and translates {@code file}; a file that is not a readable model, or a graph with an operator naswot does
     * not translate, is refused with one line naming the problem.
     */
    public static ImportedNetwork open(Path file) {
        return new ImportedNetwork(file, OnnxFile.read(file));
    }

    public Path file() {
        return file;
    }

    /** How many {@code Relu} nodes the graph holds, each counted once in the kernel. */
    public int reluNodes() {
        return reluNodes;
    }

    /** The graph's nodes, all operators together. */
    public int nodes() {
        return graph.nodes().size();
    }

    /** The exporter named in the file (e.g. "pytorch 2.13.0"). */
    public String producer() {
        return graph.producer();
    }

    /** The builder of this network (the one architecture it builds); the class count plays no part. */
    public NetworkBuilder builder() {
        return (architecture, numClasses) -> {
            if (architecture != this) {
                throw new IllegalArgumentException("the builder of " + file + " builds that network only");
            }
            return new GraphNetwork(graph, file.getFileName().toString());
        };
    }

    /** Gives a network of {@link #builder()} the initializers' values, as arrays of {@code manager}. */
    public void assignWeights(Module network, NDManager manager) {
        ((GraphNetwork) network).assignWeights(manager, file.getFileName().toString());
    }

    /**
     * Refuses a batch of another image shape than the graph's input declares; a fixed batch dimension other than
     * {@code batch} gives a note (BatchNorm and the kernel work on any batch; a Reshape that fixes it would fail).
     */
    public Optional<String> requireInput(int batch, int channels, int height, int width) {
        long[] d = inputDims;
        if (d.length != 4) {
            throw new UserFacingException(file.getFileName() + ": the graph's input has shape " + describe(d)
                    + "; naswot feeds [batch, channels, height, width] images");
        }
        long[] given = {batch, channels, height, width};
        for (int i = 1; i < 4; i++) {
            if (d[i] >= 0 && d[i] != given[i]) {
                throw new UserFacingException(file.getFileName() + ": the graph's input is " + describe(d)
                        + " but the batch is " + describe(given) + "; choose a --dataset of " + d[2] + "x" + d[3]
                        + " images with " + d[1] + " channels, or export the network for this image size");
            }
        }
        if (d[0] >= 0 && d[0] != batch) {
            return Optional.of("the graph was exported with batch " + d[0] + "; it is scored on " + batch
                    + " images (give --batch-size " + d[0] + " to score it on that many)");
        }
        return Optional.empty();
    }

    private static String describe(long[] dims) {
        return Arrays.toString(Arrays.stream(dims).mapToObj(v -> v < 0 ? "?" : Long.toString(v)).toArray());
    }

    @Override
    public String space() {
        return SOURCE;
    }

    @Override
    public int index() {
        return -1;
    }

    @Override
    public String encoding() {
        return file.toString();
    }

    @Override
    public String shownName() {
        return file.getFileName().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportedNetwork other && other.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
