package org.naswot.onnx;

/** One attribute of a node ({@code AttributeProto}): a float, an int, a string, a tensor or lists of floats/ints. */
record OnnxAttribute(String name, float f, long i, String s, float[] floats, long[] ints, OnnxTensor t) {
}
