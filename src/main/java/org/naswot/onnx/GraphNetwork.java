package org.naswot.onnx;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.AvgPool2d;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.CellChain;
import org.naswot.nn.Conv2d;
import org.naswot.nn.DeclaredParameters;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.MaxPool2d;
import org.naswot.nn.Module;
import org.naswot.nn.Parameter;
import org.naswot.nn.ReLU;

/**
 * An ONNX graph run node by node on this project's modules: convolutions, batch-statistics BatchNorm, the recording
 * ReLU and PyTorch-semantics pools are the very modules the built-in spaces use, so the kernel, the ReLU codes and every
 * proxy see an imported network as they see a built-in one. Each {@code Relu} node is one ReLU module and counts once.
 * Tensors are freed as soon as the last node reading them has run. The forward returns the graph's last output (the
 * logits of a PyTorch model that returns them last). AZ-NAS reads it as a chain of blocks ({@link GraphStages}).
 */
final class GraphNetwork extends Module implements CellChain, DeclaredParameters {
    /** The operators translated, as the refusal lists them. */
    static final List<String> SUPPORTED = List.of("Conv", "BatchNormalization", "Relu", "MaxPool", "AveragePool",
            "GlobalAveragePool", "Add", "Mul", "Concat", "Flatten", "Gemm", "Identity", "Constant", "Reshape");

    /** One node's computation on the values of its inputs. */
    @FunctionalInterface
    private interface Op {
        NDArray apply(Inputs in, ActivationRecorder recorder);
    }

    private record Step(int position, OnnxNode node, Op op) {
    }

    private final List<Step> steps = new ArrayList<>();
    /** Initializers and Constant nodes' values, by tensor name. */
    private final Map<String, OnnxTensor> constants = new HashMap<>();
    /** The initializers' names in the file's order. */
    private final List<String> initializerOrder;
    /** Each parameter's state_dict key and the constant it takes its value from. */
    private final Map<String, String> weightSources = new LinkedHashMap<>();
    /** For each tensor computed at run time, the index of the last step that reads it. */
    private final Map<String, Integer> lastRead = new HashMap<>();
    private final String input;
    private final String output;
    private int reluNodes;

    GraphNetwork(OnnxGraph graph, String source) {
        if (graph.inputs().size() != 1) {
            throw new UserFacingException(source + ": the graph has " + graph.inputs().size() + " inputs; naswot "
                    + "feeds a network one image batch, so export a model whose forward takes one tensor");
        }
        if (graph.outputs().isEmpty()) {
            throw new UserFacingException(source + ": the graph has no output");
        }
        input = graph.inputs().get(0).name();
        output = graph.outputs().get(graph.outputs().size() - 1);
        constants.putAll(graph.initializers());
        initializerOrder = List.copyOf(graph.initializers().keySet());
        java.util.Set<String> available = new java.util.HashSet<>(constants.keySet());
        // only a node's first output is computed (the others: BatchNormalization's statistics, MaxPool's indices)
        Map<String, String> notComputed = new HashMap<>();
        available.add(input);
        List<OnnxNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            OnnxNode node = nodes.get(i);
            if (node.outputs().isEmpty() || node.outputs().get(0).isEmpty()) {
                throw new UserFacingException(source + ": node " + node.label(i) + " (" + node.opType()
                        + ") has no output");
            }
            for (String in : node.inputs()) {
                if (notComputed.containsKey(in)) {
                    throw new UserFacingException(source + ": node " + node.label(i) + " reads '" + in + "', an extra "
                            + "output of " + notComputed.get(in) + " (such as BatchNormalization's running statistics), "
                            + "which naswot does not compute");
                }
                if (!in.isEmpty() && !available.contains(in)) {
                    throw new UserFacingException(source + ": node " + node.label(i) + " reads '" + in + "', which no "
                            + "earlier node, initializer or input gives (an incomplete or reordered graph)");
                }
            }
            Op op = translate(i, node, source);
            if (op != null) {
                steps.add(new Step(i, node, op));
            }
            available.add(node.outputs().get(0));
            for (String extra : node.outputs().subList(1, node.outputs().size())) {
                if (!extra.isEmpty()) {
                    notComputed.put(extra, node.label(i));
                }
            }
        }
        if (!available.contains(output) || constants.containsKey(output)) {
            throw new UserFacingException(source + ": no node computes the graph's output '" + output + "'");
        }
        for (int s = 0; s < steps.size(); s++) {
            for (String in : steps.get(s).node().inputs()) {
                if (!constants.containsKey(in)) {
                    lastRead.put(in, s);
                }
            }
        }
    }

    /**
     * The parameters in the order of the initializers they come from, under their names (PyTorch's exporter writes
     * them in {@code state_dict()} order); a Gemm's transposed weight under its initializer's name, a bias the graph
     * lacks (a Gemm without one) right after its weight under the weight's name with "#bias" appended.
     */
    @Override
    public Map<String, Parameter> declaredParameters() {
        Map<String, Parameter> state = stateDict();
        List<String> keys = new ArrayList<>(weightSources.keySet());
        Map<String, String> names = new HashMap<>();
        Map<String, Double> rank = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String source = weightSources.get(key);
            String name = source.endsWith("^T") ? source.substring(0, source.length() - 2) : source;
            // a Constant node's tensor (not an initializer): after the initializers, in node order
            double position = initializerOrder.contains(name) ? initializerOrder.indexOf(name)
                    : initializerOrder.size() + i;
            if (source.endsWith(".zero_bias")) {
                name = names.get(keys.get(i - 1)) + "#bias";
                position = rank.get(keys.get(i - 1)) + 0.5;
            }
            names.put(key, name);
            rank.put(key, position);
        }
        keys.sort(java.util.Comparator.comparingDouble(rank::get));
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(names.get(key), state.get(key));
        }
        return out;
    }

    /**
     * The stem and every block as {@link GraphStages} finds them, each run on the previous one's output; refused (a
     * failure of the proxy that asks, not of the command) where the graph has no chain of blocks.
     */
    @Override
    public List<Module> featureStages() {
        List<List<String>> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        List<String> opTypes = new ArrayList<>();
        int outputStep = -1;
        for (int s = 0; s < steps.size(); s++) {
            OnnxNode node = steps.get(s).node();
            inputs.add(node.inputs());
            outputs.add(node.outputs().get(0));
            opTypes.add(node.opType());
            if (node.outputs().get(0).equals(output)) {
                outputStep = s;
            }
        }
        List<GraphStages.StepShape> shapes = GraphStages.shapes(inputs, outputs, opTypes, input);
        List<Integer> features = GraphStages.features(shapes, outputStep);
        if (features.isEmpty()) {
            throw new UnsupportedOperationException("AZ-NAS's parts are defined on a chain of blocks (cells, residual "
                    + "blocks); this graph has no block output that every path to its output passes through");
        }
        boolean[] live = GraphStages.live(shapes, outputStep);
        List<Module> stages = new ArrayList<>();
        int from = -1;
        for (int to : features) {
            if (to == -1) {
                // the graph's input is the first feature: an identity stem
                stages.add(new Segment(input, new ArrayList<>()));
                continue;
            }
            List<Step> segment = new ArrayList<>();
            for (int s = from + 1; s <= to; s++) {
                if (live[s + 1]) {
                    segment.add(steps.get(s));
                }
            }
            stages.add(new Segment(from < 0 ? input : outputs.get(from), segment));
            from = to;
        }
        return stages;
    }

    /**
     * The steps between two features, run on the first one's value (every step of it reads only that tensor, its own
     * steps' outputs and constants: both ends are cuts). Its intermediates are left to the caller's scope.
     */
    private final class Segment extends Module {
        private final String in;
        private final List<Step> segment;

        Segment(String in, List<Step> segment) {
            this.in = in;
            this.segment = segment;
        }

        @Override
        protected NDArray compute(NDArray x, ActivationRecorder recorder) {
            if (segment.isEmpty()) {
                return x.reshape(x.getShape());
            }
            Map<String, NDArray> values = new HashMap<>();
            values.put(in, x);
            NDArray y = null;
            for (Step step : segment) {
                y = step.op().apply(new Inputs(step.node(), values, x), recorder);
                values.put(step.node().outputs().get(0), y);
            }
            return y;
        }
    }

    /** How many {@code Relu} nodes the graph holds: each counts once in the kernel. */
    int reluNodes() {
        return reluNodes;
    }

    /** Gives every parameter its initializer's values (arrays of {@code manager}). */
    void assignWeights(NDManager manager, String source) {
        Map<String, Parameter> state = stateDict();
        for (Map.Entry<String, String> e : weightSources.entrySet()) {
            Parameter p = state.get(e.getKey());
            OnnxTensor t = constants.get(e.getValue());
            float[] values = t.floats();
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    throw new UserFacingException(source + ": initializer '" + t.name() + "' holds NaN or infinite "
                            + "values; the weights must be finite");
                }
            }
            p.replaceValue(manager.create(values, p.shape()));
        }
    }

    @Override
    protected NDArray compute(NDArray x, ActivationRecorder recorder) {
        Map<String, NDArray> values = new HashMap<>();
        values.put(input, x);
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            NDArray y;
            try {
                y = step.op().apply(new Inputs(step.node(), values, x), recorder);
            } catch (EngineException | IllegalArgumentException | IllegalStateException e) {
                throw new UserFacingException("node " + step.node().label(step.position()) + " ("
                        + step.node().opType() + ") cannot run on its inputs " + shapes(step.node(), values) + ": "
                        + firstLine(e.getMessage()), e);
            }
            String name = step.node().outputs().get(0);
            values.put(name, y);
            for (String in : step.node().inputs()) {
                release(values, in, s, x);
            }
            release(values, name, s, x);
        }
        return values.get(output);
    }

    /**
     * Frees a computed tensor once its last reader has run (or at once when nothing reads it), unless the same array is
     * still the value of another name: the kernel's ReLU reuse hands a second Relu node of one tensor the first one's
     * output.
     */
    private void release(Map<String, NDArray> values, String name, int step, NDArray x) {
        Integer last = lastRead.get(name);
        if (name.equals(output) || (last != null && last > step)) {
            return;
        }
        NDArray v = values.remove(name);
        if (v != null && v != x && !values.containsValue(v)) {
            v.close();
        }
    }

    private String shapes(OnnxNode node, Map<String, NDArray> values) {
        List<String> out = new ArrayList<>();
        for (String in : node.inputs()) {
            NDArray v = values.get(in);
            OnnxTensor c = constants.get(in);
            out.add(v != null ? v.getShape().toString() : c != null ? java.util.Arrays.toString(c.dims()) : "-");
        }
        return String.join(", ", out);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A node's inputs at run time: computed tensors, or constants made arrays of the batch's manager and type. */
    private final class Inputs {
        private final OnnxNode node;
        private final Map<String, NDArray> values;
        private final NDArray graphInput;

        Inputs(OnnxNode node, Map<String, NDArray> values, NDArray graphInput) {
            this.node = node;
            this.values = values;
            this.graphInput = graphInput;
        }

        NDArray get(int i) {
            String name = node.input(i);
            NDArray v = values.get(name);
            if (v != null) {
                return v;
            }
            OnnxTensor c = constants.get(name);
            if (c.floats() == null) {
                throw new IllegalStateException("constant " + c.describe() + " is not a float tensor");
            }
            DataType type = firstComputed().getDataType();
            // libtorch gets its own copy: a recorded product reads the constant again in the backward pass
            try (NDArray wrapped = graphInput.getManager().create(c.floats(), c.shape())) {
                NDArray owned = wrapped.toType(type, true);
                return owned == wrapped ? wrapped.duplicate() : owned;
            }
        }

        private NDArray firstComputed() {
            for (String in : node.inputs()) {
                NDArray v = values.get(in);
                if (v != null) {
                    return v;
                }
            }
            return graphInput;
        }
    }

    // ---- translation, one method per operator ----

    private Op translate(int position, OnnxNode node, String source) {
        String at = source + ": node " + node.label(position);
        if (!node.domain().isEmpty() && !node.domain().equals("ai.onnx")) {
            throw refusal(at, node.domain() + "::" + node.opType());
        }
        String key = "node" + position + "_" + node.opType();
        return switch (node.opType()) {
            case "Conv" -> conv(at, node, key);
            case "BatchNormalization" -> batchNorm(at, node, key);
            case "Relu" -> {
                reluNodes++;
                ReLU relu = child(key, new ReLU(false));
                yield (in, r) -> relu.forward(in.get(0), r);
            }
            case "MaxPool" -> {
                int[] p = pool(at, node);
                MaxPool2d pool = child(key, new MaxPool2d(p[0], p[1], p[2]));
                yield (in, r) -> pool.forward(in.get(0), r);
            }
            case "AveragePool" -> {
                int[] p = pool(at, node);
                AvgPool2d pool = child(key, new AvgPool2d(p[0], p[1], p[2], node.intAttribute("count_include_pad", 0) == 1));
                yield (in, r) -> pool.forward(in.get(0), r);
            }
            case "GlobalAveragePool" -> {
                GlobalAvgPool pool = child(key, new GlobalAvgPool());
                yield (in, r) -> {
                    try (NDArray pooled = pool.forward(in.get(0), r)) {
                        Shape s = pooled.getShape();
                        return pooled.reshape(s.get(0), s.get(1), 1, 1);
                    }
                };
            }
            case "Add" -> binary(at, node, true);
            case "Mul" -> binary(at, node, false);
            case "Concat" -> {
                long axis = node.intAttribute("axis", Long.MIN_VALUE);
                if (axis == Long.MIN_VALUE) {
                    throw new UserFacingException(at + " (Concat) has no axis attribute");
                }
                yield (in, r) -> {
                    NDList parts = new NDList();
                    for (int i = 0; i < node.inputs().size(); i++) {
                        parts.add(in.get(i));
                    }
                    int rank = parts.get(0).getShape().dimension();
                    return NDArrays.concat(parts, (int) (axis < 0 ? axis + rank : axis));
                };
            }
            case "Flatten" -> {
                long axis = node.intAttribute("axis", 1);
                yield (in, r) -> {
                    NDArray x = in.get(0);
                    Shape s = x.getShape();
                    int a = (int) (axis < 0 ? axis + s.dimension() : axis);
                    long outer = 1;
                    for (int d = 0; d < a; d++) {
                        outer *= s.get(d);
                    }
                    return x.reshape(outer, s.size() / Math.max(1, outer));
                };
            }
            case "Gemm" -> gemm(at, node, key);
            case "Identity" -> (in, r) -> in.get(0).reshape(in.get(0).getShape());
            case "Constant" -> {
                OnnxAttribute value = node.attributes().get("value");
                if (value == null || value.t() == null) {
                    throw new UserFacingException(at + " (Constant) has no tensor 'value'; only tensor constants "
                            + "are read");
                }
                OnnxTensor t = value.t();
                constants.put(node.outputs().get(0), new OnnxTensor(node.outputs().get(0), t.dims(), t.dataType(),
                        t.floats(), t.longs()));
                yield null;
            }
            case "Reshape" -> reshape(at, node);
            default -> throw refusal(at, node.opType());
        };
    }

    private static UserFacingException refusal(String at, String op) {
        // a training-mode export keeps Dropout, which would make the codes random: the one refusal with its own way out
        String wayOut = op.equals("Dropout") ? "replace nn.Dropout by nn.Identity before exporting (in training mode it "
                + "drops random units, so the codes would change from pass to pass)"
                : "export a network made of these operators";
        return new UserFacingException(at + " is a " + op + ", which naswot does not translate (it translates "
                + String.join(", ", SUPPORTED) + "); " + wayOut);
    }

    /** An initializer (or Constant) of floats a node takes as weights, with the dimensions given. */
    private OnnxTensor weight(String at, OnnxNode node, int i, String what, int rank) {
        String name = node.input(i);
        OnnxTensor t = constants.get(name);
        if (t == null) {
            throw new UserFacingException(at + ": its " + what + " '" + name + "' is computed in the graph, not an "
                    + "initializer; export with the weights as initializers (the default)");
        }
        if (!t.isFloat()) {
            throw new UserFacingException(at + ": its " + what + " " + t.describe() + " has ONNX data type "
                    + t.dataType() + "; naswot reads float (1) and double (11) weights");
        }
        if (rank >= 0 && t.dims().length != rank) {
            throw new UserFacingException(at + ": its " + what + " " + t.describe() + " should have " + rank
                    + " dimensions");
        }
        return t;
    }

    private Op conv(String at, OnnxNode node, String key) {
        OnnxTensor w = weight(at, node, 1, "weight", 4);
        requireExplicitPads(at, node);
        int groups = (int) node.intAttribute("group", 1);
        int[] kernel = {(int) w.dims()[2], (int) w.dims()[3]};
        int[] stride = pair(at, node, "strides", 1);
        int[] dilation = pair(at, node, "dilations", 1);
        if (dilation[0] != dilation[1]) {
            throw new UserFacingException(at + " (Conv) has dilations " + dilation[0] + "x" + dilation[1]
                    + "; only equal dilations are translated");
        }
        int[] pads = symmetricPads(at, node);
        int out = (int) w.dims()[0];
        int in = (int) w.dims()[1] * groups;
        Conv2d conv = child(key, new Conv2d(in, out, kernel, stride, pads, dilation[0], groups));
        weightSources.put(key + ".weight", w.name());
        if (node.input(2).isEmpty()) {
            return (inputs, r) -> conv.forward(inputs.get(0), r);
        }
        OnnxTensor b = weight(at, node, 2, "bias", 1);
        ChannelBias bias = child(key + "_bias", new ChannelBias(out));
        weightSources.put(key + "_bias.bias", b.name());
        requireCount(at, b, out);
        return (inputs, r) -> {
            try (NDArray y = conv.forward(inputs.get(0), r)) {
                return bias.forward(y, r);
            }
        };
    }

    private Op batchNorm(String at, OnnxNode node, String key) {
        OnnxAttribute mode = node.attributes().get("training_mode");
        // before opset 14, a BatchNormalization in training mode was the one with its running-statistics outputs
        boolean training = mode != null ? mode.i() == 1 : node.outputs().size() > 1;
        if (!training) {
            throw new UserFacingException(at + " is a BatchNormalization in inference mode (running statistics); "
                    + "NASWOT normalises with the batch's own statistics: export with "
                    + "training=torch.onnx.TrainingMode.TRAINING");
        }
        OnnxTensor scale = weight(at, node, 1, "scale", 1);
        int channels = (int) scale.dims()[0];
        String[] names = {"weight", "bias", "running_mean", "running_var"};
        for (int i = 0; i < names.length; i++) {
            OnnxTensor t = weight(at, node, i + 1, names[i], 1);
            requireCount(at, t, channels);
            weightSources.put(key + "." + names[i], t.name());
        }
        BatchNorm2d bn = child(key, new BatchNorm2d(channels, node.floatAttribute("epsilon", 1e-5f)));
        return (in, r) -> bn.forward(in.get(0), r);
    }

    /** {kernel, stride, padding} of a square, symmetric pool as PyTorch's MaxPool2d/AvgPool2d take it. */
    private static int[] pool(String at, OnnxNode node) {
        requireExplicitPads(at, node);
        if (node.intAttribute("ceil_mode", 0) != 0) {
            throw new UserFacingException(at + " (" + node.opType() + ") has ceil_mode=1; only floor-mode pools are "
                    + "translated");
        }
        if (node.outputs().size() > 1 && !node.outputs().get(1).isEmpty()) {
            throw new UserFacingException(at + " (MaxPool) also outputs indices, which naswot does not compute");
        }
        long[] dilations = node.intsAttribute("dilations");
        if (dilations != null && java.util.Arrays.stream(dilations).anyMatch(d -> d != 1)) {
            throw new UserFacingException(at + " (" + node.opType() + ") is dilated; only undilated pools are "
                    + "translated");
        }
        int[] kernel = pair(at, node, "kernel_shape", -1);
        int[] stride = pair(at, node, "strides", 1);
        int[] pads = symmetricPads(at, node);
        if (kernel[0] != kernel[1] || stride[0] != stride[1] || pads[0] != pads[1]) {
            throw new UserFacingException(at + " (" + node.opType() + ") is not square (kernel " + kernel[0] + "x"
                    + kernel[1] + ", stride " + stride[0] + "x" + stride[1] + ", pads " + pads[0] + "x" + pads[1]
                    + "); only square pools are translated");
        }
        return new int[] {kernel[0], stride[0], pads[0]};
    }

    private static void requireExplicitPads(String at, OnnxNode node) {
        String autoPad = node.stringAttribute("auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID")) {
            throw new UserFacingException(at + " (" + node.opType() + ") has auto_pad=" + autoPad + "; only explicit "
                    + "pads are translated (PyTorch's exporter writes them)");
        }
    }

    /** A 2-D INTS attribute as {height, width}; {@code otherwise} for both when absent (-1: required). */
    private static int[] pair(String at, OnnxNode node, String name, int otherwise) {
        long[] v = node.intsAttribute(name);
        if (v == null) {
            if (otherwise < 0) {
                throw new UserFacingException(at + " (" + node.opType() + ") has no " + name);
            }
            return new int[] {otherwise, otherwise};
        }
        if (v.length != 2) {
            throw new UserFacingException(at + " (" + node.opType() + ") has " + name + " "
                    + java.util.Arrays.toString(v) + "; only 2-D (image) layers are translated");
        }
        return new int[] {(int) v[0], (int) v[1]};
    }

    /** ONNX pads are {top, left, bottom, right}; PyTorch pads both sides alike: {height, width}. */
    private static int[] symmetricPads(String at, OnnxNode node) {
        long[] p = node.intsAttribute("pads");
        if (p == null) {
            return new int[] {0, 0};
        }
        if (p.length != 4 || p[0] != p[2] || p[1] != p[3]) {
            throw new UserFacingException(at + " (" + node.opType() + ") has pads " + java.util.Arrays.toString(p)
                    + "; only the same padding on both sides (as PyTorch pads) is translated");
        }
        return new int[] {(int) p[0], (int) p[1]};
    }

    private static void requireCount(String at, OnnxTensor t, long count) {
        if (t.elementCount() != count) {
            throw new UserFacingException(at + ": " + t.describe() + " should hold " + count + " values");
        }
    }

    private Op binary(String at, OnnxNode node, boolean add) {
        if (node.inputs().size() != 2) {
            throw new UserFacingException(at + " (" + node.opType() + ") has " + node.inputs().size() + " inputs, not 2");
        }
        for (int i = 0; i < 2; i++) {
            OnnxTensor c = constants.get(node.input(i));
            if (c != null && !c.isFloat()) {
                throw new UserFacingException(at + " (" + node.opType() + ") reads " + c.describe()
                        + " of ONNX data type " + c.dataType() + "; only float operands are translated");
            }
        }
        return (in, r) -> {
            NDArray a = in.get(0);
            NDArray b = in.get(1);
            return add ? a.add(b) : a.mul(b);
        };
    }

    private Op gemm(String at, OnnxNode node, String key) {
        if (node.intAttribute("transA", 0) != 0 || node.floatAttribute("alpha", 1f) != 1f
                || node.floatAttribute("beta", 1f) != 1f) {
            throw new UserFacingException(at + " (Gemm) has transA, alpha or beta other than a Linear layer's "
                    + "(0, 1, 1); only nn.Linear's Gemm is translated");
        }
        OnnxTensor b = weight(at, node, 1, "weight", 2);
        boolean transposed = node.intAttribute("transB", 0) == 1;
        int out = (int) (transposed ? b.dims()[0] : b.dims()[1]);
        int in = (int) (transposed ? b.dims()[1] : b.dims()[0]);
        String weightName = b.name();
        if (!transposed) {
            weightName = b.name() + "^T";
            constants.put(weightName, transpose(weightName, b.floats(), in, out));
        }
        Linear linear = child(key, new Linear(in, out));
        weightSources.put(key + ".weight", weightName);
        if (node.input(2).isEmpty()) {
            String zeros = key + ".zero_bias";
            constants.put(zeros, new OnnxTensor(zeros, new long[] {out}, OnnxTensor.FLOAT, new float[out], null));
            weightSources.put(key + ".bias", zeros);
        } else {
            OnnxTensor c = weight(at, node, 2, "bias", -1);
            requireCount(at, c, out);
            weightSources.put(key + ".bias", c.name());
        }
        return (inputs, r) -> linear.forward(inputs.get(0), r);
    }

    private static OnnxTensor transpose(String name, float[] rowsByCols, int rows, int cols) {
        float[] t = new float[rowsByCols.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = rowsByCols[i * cols + j];
            }
        }
        return new OnnxTensor(name, new long[] {cols, rows}, OnnxTensor.FLOAT, t, null);
    }

    private Op reshape(String at, OnnxNode node) {
        OnnxTensor shape = constants.get(node.input(1));
        if (shape == null || shape.longs() == null) {
            throw new UserFacingException(at + " (Reshape) takes its shape from the graph, not from a constant; "
                    + "export with a fixed target shape (e.g. torch.flatten(x, 1))");
        }
        long[] target = shape.longs();
        boolean allowZero = node.intAttribute("allowzero", 0) == 1;
        return (in, r) -> {
            NDArray x = in.get(0);
            long[] dims = target.clone();
            for (int d = 0; d < dims.length; d++) {
                if (dims[d] == 0 && !allowZero) {
                    dims[d] = x.getShape().get(d);
                }
            }
            return x.reshape(new Shape(dims));
        };
    }
}
