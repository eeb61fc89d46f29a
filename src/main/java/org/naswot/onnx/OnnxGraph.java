package org.naswot.onnx;

import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX model a network is built from: the nodes in the file's (topological) order, the initializers
 * by name, the real inputs (not initializers listed as inputs, as older exporters did) and the outputs.
 *
 * @param opset the default domain's operator-set version (0 when the model names none)
 */
record OnnxGraph(List<OnnxNode> nodes, Map<String, OnnxTensor> initializers, List<Input> inputs, List<String> outputs,
                 long opset, String producer) {

    /**
     * A graph input with its declared dimensions; a symbolic or missing dimension is -1.
     */
    record Input(String name, long[] dims) {
    }
}
