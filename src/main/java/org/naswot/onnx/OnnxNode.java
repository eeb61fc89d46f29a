package org.naswot.onnx;

import java.util.List;
import java.util.Map;

/**
 * One node of the graph ({@code NodeProto}). An empty input name is an omitted optional input, as in the schema.
 */
record OnnxNode(String name, String opType, String domain, List<String> inputs, List<String> outputs,
                Map<String, OnnxAttribute> attributes) {

    /** How refusals and errors name the node: its name, or its position when the exporter gave none. */
    String label(int position) {
        return name.isEmpty() ? opType + " node #" + position : "'" + name + "'";
    }

    long intAttribute(String key, long otherwise) {
        OnnxAttribute a = attributes.get(key);
        return a == null ? otherwise : a.i();
    }

    float floatAttribute(String key, float otherwise) {
        OnnxAttribute a = attributes.get(key);
        return a == null ? otherwise : a.f();
    }

    /** An INTS attribute, or null when absent. */
    long[] intsAttribute(String key) {
        OnnxAttribute a = attributes.get(key);
        return a == null ? null : a.ints();
    }

    String stringAttribute(String key, String otherwise) {
        OnnxAttribute a = attributes.get(key);
        return a == null || a.s() == null ? otherwise : a.s();
    }

    /** The i-th input's name, or "" when the node has fewer inputs (an omitted optional one). */
    String input(int i) {
        return i < inputs.size() ? inputs.get(i) : "";
    }
}
