package org.naswot.onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;

/**
 * Reads an ONNX model file into an {@link OnnxGraph}, following onnx.proto's field numbers (ModelProto, GraphProto,
 * NodeProto, AttributeProto, TensorProto, ValueInfoProto); fields a network does not need are skipped. A file that is
 * not a well-formed model (truncated, corrupt, another format) is a one-line {@link UserFacingException}.
 */
public final class OnnxFile {
    private OnnxFile() {
    }

    static OnnxGraph read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("ONNX file " + file + " not found", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new UserFacingException("cannot read ONNX file " + file + ": " + e.getMessage(), e);
        }
        try {
            return model(new ProtoReader(bytes), file);
        } catch (ProtoReader.MalformedProtoException e) {
            throw new UserFacingException(file + " is not a readable ONNX model (" + e.getMessage()
                    + "): the file is truncated or corrupt; export it again with torch.onnx.export", e);
        }
    }

    private static OnnxGraph model(ProtoReader r, Path file) {
        ProtoReader graph = null;
        long opset = 0;
        String producer = "";
        boolean sawIrVersion = false;
        while (r.hasMore()) {
            r.nextTag();
            switch (r.field()) {
                case 1 -> {
                    requireWire(r, ProtoReader.VARINT, "ir_version");
                    r.varint();
                    sawIrVersion = true;
                }
                case 2 -> {
                    requireWire(r, ProtoReader.LENGTH_DELIMITED, "producer_name");
                    producer = (r.string() + " " + producer).strip();
                }
                case 3 -> {
                    requireWire(r, ProtoReader.LENGTH_DELIMITED, "producer_version");
                    producer = (producer + " " + r.string()).strip();
                }
                case 7 -> {
                    requireWire(r, ProtoReader.LENGTH_DELIMITED, "graph");
                    graph = r.message();
                }
                case 8 -> {
                    requireWire(r, ProtoReader.LENGTH_DELIMITED, "opset_import");
                    long[] domainVersion = opsetImport(r.message());
                    if (domainVersion[0] == 0) {
                        opset = domainVersion[1];
                    }
                }
                default -> r.skip();
            }
        }
        if (graph == null || !sawIrVersion) {
            throw new UserFacingException(file + " is not an ONNX model (no " + (graph == null ? "graph" : "ir_version")
                    + " in it): give the .onnx file torch.onnx.export wrote");
        }
        return graph(graph, opset, producer);
    }

    private static void requireWire(ProtoReader r, int wireType, String field) {
        if (r.wireType() != wireType) {
            throw new ProtoReader.MalformedProtoException("field " + field + " has wire type " + r.wireType());
        }
    }

    /** {domain is the default one ? 0 : 1, version}. */
    private static long[] opsetImport(ProtoReader r) {
        String domain = "";
        long version = 0;
        while (r.hasMore()) {
            r.nextTag();
            if (r.field() == 1 && r.wireType() == ProtoReader.LENGTH_DELIMITED) {
                domain = r.string();
            } else if (r.field() == 2 && r.wireType() == ProtoReader.VARINT) {
                version = r.varint();
            } else {
                r.skip();
            }
        }
        return new long[] {domain.isEmpty() || domain.equals("ai.onnx") ? 0 : 1, version};
    }

    private static OnnxGraph graph(ProtoReader r, long opset, String producer) {
        List<OnnxNode> nodes = new ArrayList<>();
        Map<String, OnnxTensor> initializers = new LinkedHashMap<>();
        List<OnnxGraph.Input> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        while (r.hasMore()) {
            r.nextTag();
            if (r.wireType() != ProtoReader.LENGTH_DELIMITED) {
                r.skip();
                continue;
            }
            switch (r.field()) {
                case 1 -> nodes.add(node(r.message()));
                case 5 -> {
                    OnnxTensor t = tensor(r.message());
                    initializers.put(t.name(), t);
                }
                case 11 -> inputs.add(valueInfo(r.message()));
                case 12 -> outputs.add(valueInfo(r.message()).name());
                default -> r.skip();
            }
        }
        // IR versions before 4 listed every initializer among the inputs as well
        List<OnnxGraph.Input> realInputs = inputs.stream().filter(i -> !initializers.containsKey(i.name())).toList();
        return new OnnxGraph(List.copyOf(nodes), initializers, realInputs, List.copyOf(outputs), opset, producer);
    }

    private static OnnxNode node(ProtoReader r) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        String name = "";
        String op = "";
        String domain = "";
        Map<String, OnnxAttribute> attributes = new LinkedHashMap<>();
        while (r.hasMore()) {
            r.nextTag();
            if (r.wireType() != ProtoReader.LENGTH_DELIMITED) {
                r.skip();
                continue;
            }
            switch (r.field()) {
                case 1 -> in.add(r.string());
                case 2 -> out.add(r.string());
                case 3 -> name = r.string();
                case 4 -> op = r.string();
                case 7 -> domain = r.string();
                case 5 -> {
                    OnnxAttribute a = attribute(r.message());
                    attributes.put(a.name(), a);
                }
                default -> r.skip();
            }
        }
        return new OnnxNode(name, op, domain, List.copyOf(in), List.copyOf(out), attributes);
    }

    private static OnnxAttribute attribute(ProtoReader r) {
        String name = "";
        float f = 0;
        long i = 0;
        String s = null;
        ProtoReader.FloatList floats = new ProtoReader.FloatList();
        List<Long> ints = new ArrayList<>();
        OnnxTensor t = null;
        while (r.hasMore()) {
            r.nextTag();
            int field = r.field();
            int wire = r.wireType();
            if (field == 1 && wire == ProtoReader.LENGTH_DELIMITED) {
                name = r.string();
            } else if (field == 2 && wire == ProtoReader.FIXED32) {
                f = r.float32();
            } else if (field == 3 && wire == ProtoReader.VARINT) {
                i = r.varint();
            } else if (field == 4 && wire == ProtoReader.LENGTH_DELIMITED) {
                s = r.string();
            } else if (field == 5 && wire == ProtoReader.LENGTH_DELIMITED) {
                t = tensor(r.message());
            } else if (field == 7 && (wire == ProtoReader.LENGTH_DELIMITED || wire == ProtoReader.FIXED32)) {
                r.floats(floats);
            } else if (field == 8 && (wire == ProtoReader.LENGTH_DELIMITED || wire == ProtoReader.VARINT)) {
                r.int64s(ints);
            } else {
                r.skip();
            }
        }
        return new OnnxAttribute(name, f, i, s, floats.toArray(), ints.stream().mapToLong(Long::longValue).toArray(), t);
    }

    private static OnnxTensor tensor(ProtoReader r) {
        List<Long> dims = new ArrayList<>();
        int dataType = 0;
        String name = "";
        byte[] raw = null;
        ProtoReader.FloatList floatData = new ProtoReader.FloatList();
        List<Long> intData = new ArrayList<>();
        List<Double> doubleData = new ArrayList<>();
        boolean external = false;
        while (r.hasMore()) {
            r.nextTag();
            int field = r.field();
            int wire = r.wireType();
            if (field == 1 && (wire == ProtoReader.VARINT || wire == ProtoReader.LENGTH_DELIMITED)) {
                r.int64s(dims);
            } else if (field == 2 && wire == ProtoReader.VARINT) {
                dataType = (int) r.varint();
            } else if (field == 4 && (wire == ProtoReader.LENGTH_DELIMITED || wire == ProtoReader.FIXED32)) {
                r.floats(floatData);
            } else if ((field == 5 || field == 7) && (wire == ProtoReader.VARINT || wire == ProtoReader.LENGTH_DELIMITED)) {
                // int32_data holds int32 (and float16 bits); int64_data int64
                r.int64s(intData);
            } else if (field == 8 && wire == ProtoReader.LENGTH_DELIMITED) {
                name = r.string();
            } else if (field == 9 && wire == ProtoReader.LENGTH_DELIMITED) {
                raw = r.bytes();
            } else if (field == 10 && wire == ProtoReader.LENGTH_DELIMITED) {
                ProtoReader packed = r.message();
                while (packed.hasMore()) {
                    doubleData.add(Double.longBitsToDouble(packed.fixed64()));
                }
            } else if (field == 14 && wire == ProtoReader.VARINT) {
                external = r.varint() == 1;
            } else {
                r.skip();
            }
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        if (external) {
            throw new UserFacingException("tensor '" + name + "' keeps its values in an external file; export the "
                    + "model into one .onnx file (no external data) to score it");
        }
        OnnxTensor t = values(name, shape, dataType, raw, floatData, intData, doubleData);
        if (t.elementCount() != (t.floats() != null ? t.floats().length : t.longs() != null ? t.longs().length
                : t.elementCount())) {
            throw new ProtoReader.MalformedProtoException("tensor '" + name + "' holds "
                    + (t.floats() != null ? t.floats().length : t.longs().length) + " values for its shape "
                    + java.util.Arrays.toString(shape));
        }
        return t;
    }

    private static OnnxTensor values(String name, long[] dims, int type, byte[] raw, ProtoReader.FloatList floatData,
                                     List<Long> intData, List<Double> doubleData) {
        ByteBuffer b = raw == null ? null : ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
            case OnnxTensor.FLOAT -> {
                float[] v = b == null ? floatData.toArray() : new float[raw.length / 4];
                if (b != null) {
                    b.asFloatBuffer().get(v);
                }
                return new OnnxTensor(name, dims, type, v, null);
            }
            case OnnxTensor.DOUBLE -> {
                float[] v = new float[b == null ? doubleData.size() : raw.length / 8];
                for (int k = 0; k < v.length; k++) {
                    v[k] = (float) (b == null ? doubleData.get(k) : b.getDouble(k * 8));
                }
                return new OnnxTensor(name, dims, type, v, null);
            }
            case OnnxTensor.INT64, OnnxTensor.INT32 -> {
                int width = type == OnnxTensor.INT64 ? 8 : 4;
                long[] v = new long[b == null ? intData.size() : raw.length / width];
                for (int k = 0; k < v.length; k++) {
                    v[k] = b == null ? intData.get(k) : width == 8 ? b.getLong(k * 8) : b.getInt(k * 4);
                }
                return new OnnxTensor(name, dims, type, null, v);
            }
            default -> {
                return new OnnxTensor(name, dims, type, null, null);
            }
        }
    }

    private static OnnxGraph.Input valueInfo(ProtoReader r) {
        String name = "";
        long[] dims = new long[0];
        while (r.hasMore()) {
            r.nextTag();
            if (r.field() == 1 && r.wireType() == ProtoReader.LENGTH_DELIMITED) {
                name = r.string();
            } else if (r.field() == 2 && r.wireType() == ProtoReader.LENGTH_DELIMITED) {
                dims = tensorTypeDims(r.message());
            } else {
                r.skip();
            }
        }
        return new OnnxGraph.Input(name, dims);
    }

    /** TypeProto.tensor_type (1) -> shape (2) -> dim (1) -> dim_value (1) | dim_param (2). */
    private static long[] tensorTypeDims(ProtoReader type) {
        List<Long> dims = new ArrayList<>();
        while (type.hasMore()) {
            type.nextTag();
            if (type.field() != 1 || type.wireType() != ProtoReader.LENGTH_DELIMITED) {
                type.skip();
                continue;
            }
            ProtoReader tensorType = type.message();
            while (tensorType.hasMore()) {
                tensorType.nextTag();
                if (tensorType.field() != 2 || tensorType.wireType() != ProtoReader.LENGTH_DELIMITED) {
                    tensorType.skip();
                    continue;
                }
                ProtoReader shape = tensorType.message();
                while (shape.hasMore()) {
                    shape.nextTag();
                    if (shape.field() != 1 || shape.wireType() != ProtoReader.LENGTH_DELIMITED) {
                        shape.skip();
                        continue;
                    }
                    ProtoReader dim = shape.message();
                    long value = -1;
                    while (dim.hasMore()) {
                        dim.nextTag();
                        if (dim.field() == 1 && dim.wireType() == ProtoReader.VARINT) {
                            value = dim.varint();
                        } else {
                            dim.skip();
                        }
                    }
                    dims.add(value);
                }
            }
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }
}
