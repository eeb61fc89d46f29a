package org.naswot.space.declarative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.naswot.common.UserFacingException;
import org.naswot.space.NetworkBuilder;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;

/**
 * Reads declarative space descriptors ({@code spaces/schema/space.schema.json}): checks them against the schema and
 * against what the schema cannot say (unique op names, odd kernels, reduction cells inside the network), and keeps
 * those read in this process by id, so the space's module opens them like a built-in one.
 */
public final class DeclarativeSpaces {
    /** The encoding field of the descriptors made here: how the module recognises a declarative space. */
    public static final String ENCODING = "declarative";
    private static final String SCHEMA = "/spaces/schema/space.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    private static SchemaValidator validator;

    private DeclarativeSpaces() {
    }

    /** A descriptor read: the catalog's view of it and its definition. */
    public record Loaded(SpaceDescriptor descriptor, DeclarativeSpec spec) {
    }

    /** Reads, checks and remembers a descriptor file; a problem is one line naming the file and the field. */
    public static Loaded load(Path file) {
        Loaded loaded = read(file);
        LOADED.put(loaded.spec().id(), loaded);
        return loaded;
    }

    /** Reads and checks a descriptor file without remembering it ({@code naswot spaces validate}). */
    public static Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException(file + ": no such descriptor file (a declarative space is a .json file, see "
                    + "spaces/examples/)");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a descriptor file is a declarative one (it has a "family"), without checking it further. */
    public static boolean isDeclarative(Path file) {
        try {
            JsonNode n = JSON.readTree(file.toFile());
            return n != null && n.isObject() && n.has("family");
        } catch (IOException e) {
            return false;
        }
    }

    /** The definition of a space read in this process, by id. */
    public static Optional<DeclarativeSpec> spec(String id) {
        return Optional.ofNullable(LOADED.get(id)).map(Loaded::spec);
    }

    /** The searchable space of a definition. */
    public static SearchSpace space(DeclarativeSpec spec) {
        return spec.family() == DeclarativeSpec.Family.DAG ? new DagSpace(spec) : new DartsSpace(spec);
    }

    /** The network builder of a definition. */
    public static NetworkBuilder builder(DeclarativeSpec spec) {
        return DeclarativeNetworkBuilder.INSTANCE;
    }

    /** Parses descriptor text; {@code source} names it in errors. */
    public static Loaded parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new UserFacingException(source + ": not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode()) {
            throw new UserFacingException(source + ": empty file (expected a search-space descriptor, see "
                    + "spaces/examples/)");
        }
        schema().firstError(root).ifPresent(error -> {
            throw new UserFacingException(source + ": " + error);
        });
        DeclarativeSpec spec = spec(root, source);
        return new Loaded(descriptor(root, spec, source), spec);
    }

    private static synchronized SchemaValidator schema() {
        if (validator == null) {
            try (InputStream in = DeclarativeSpaces.class.getResourceAsStream(SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException(SCHEMA + " is missing from the build");
                }
                validator = new SchemaValidator(JSON.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + SCHEMA, e);
            }
        }
        return validator;
    }

    private static DeclarativeSpec spec(JsonNode root, String source) {
        String id = root.get("id").asText();
        DeclarativeSpec.Family family = root.get("family").asText().equals("dag") ? DeclarativeSpec.Family.DAG
                : DeclarativeSpec.Family.DARTS;
        List<OpSpec> ops = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode opsNode = root.get("operations");
        for (int i = 0; i < opsNode.size(); i++) {
            OpSpec op = op(opsNode.get(i), source + ": $.operations[" + i + "]");
            if (!names.add(op.name())) {
                throw new UserFacingException(source + ": $.operations[" + i + "].name: \"" + op.name()
                        + "\" is used twice; expected unique op names");
            }
            ops.add(op);
        }
        JsonNode cell = root.get("cell");
        JsonNode macro = root.get("macro");
        int nodes = cell.get("nodes").asInt();
        if (family == DeclarativeSpec.Family.DAG) {
            List<DeclarativeSpec.Stage> stages = new ArrayList<>();
            for (JsonNode s : macro.get("stages")) {
                stages.add(new DeclarativeSpec.Stage(s.get("channels").asInt(), s.get("cells").asInt()));
            }
            JsonNode stem = macro.get("stem");
            int stemKernel = stem.path("kernel").asInt(3);
            requireOdd(stemKernel, source + ": $.macro.stem.kernel");
            DeclarativeSpec.DagMacro dag = new DeclarativeSpec.DagMacro(stem.get("channels").asInt(), stemKernel,
                    stages, macro.path("reduction").path("block").asText("resnet_basic"),
                    macro.path("head").path("block").asText("bn_relu_pool_linear"));
            return new DeclarativeSpec(id, family, ops, nodes, 1, dag, null, source);
        }
        int width = macro.get("width").asInt();
        int depth = macro.get("depth").asInt();
        if (width % 2 != 0) {
            throw new UserFacingException(source + ": $.macro.width: expected an even number (factorised reductions "
                    + "halve it), found " + width);
        }
        List<Integer> reductions = new ArrayList<>();
        if (macro.has("reductionCells")) {
            for (int i = 0; i < macro.get("reductionCells").size(); i++) {
                int r = macro.get("reductionCells").get(i).asInt();
                if (r >= depth) {
                    throw new UserFacingException(source + ": $.macro.reductionCells[" + i + "]: expected a cell "
                            + "position below the depth " + depth + ", found " + r);
                }
                reductions.add(r);
            }
        } else {
            reductions.add(depth / 3);
            reductions.add(2 * depth / 3);
        }
        DeclarativeSpec.DartsMacro darts = new DeclarativeSpec.DartsMacro(width, depth,
                macro.path("stemMultiplier").asInt(3), reductions);
        return new DeclarativeSpec(id, family, ops, nodes, cell.path("inputsPerNode").asInt(2), null, darts, source);
    }

    private static OpSpec op(JsonNode o, String where) {
        String block = o.get("block").asText();
        int kernel = o.path("kernel").asInt(block.equals("skip") || block.equals("zero")
                || block.equals("factorized_reduce") ? 1 : 3);
        int dilation = o.path("dilation").asInt(block.equals("dil_conv") ? 2 : 1);
        boolean pool = block.equals("avg_pool") || block.equals("max_pool");
        if (o.has("kernel") || !(block.equals("skip") || block.equals("zero") || block.equals("factorized_reduce"))) {
            requireOdd(kernel, where + ".kernel");
        }
        if (pool && dilation != 1) {
            throw new UserFacingException(where + ".dilation: pools have no dilation here; expected 1, found "
                    + dilation);
        }
        if (o.has("groups") && !(block.equals("relu_conv_bn") || block.equals("conv_bn_relu"))) {
            throw new UserFacingException(where + ".groups: only relu_conv_bn and conv_bn_relu take groups "
                    + "(sep_conv and dil_conv are depthwise)");
        }
        return new OpSpec(o.get("name").asText(), block, kernel, dilation, o.path("groups").asInt(1),
                o.path("countIncludePad").asBoolean(false), !o.path("module").asText("ReLUConvBN").equals("Sequential"));
    }

    private static void requireOdd(int kernel, String where) {
        if (kernel % 2 == 0) {
            throw new UserFacingException(where + ": expected an odd kernel (padding (k-1)/2 keeps the size), found "
                    + kernel);
        }
    }

    /** The catalog's view: id, names, ops, and the datasets (nb201's unless the file lists its own). */
    private static SpaceDescriptor descriptor(JsonNode root, DeclarativeSpec spec, String source) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", spec.id());
        if (root.has("aliases")) {
            d.set("aliases", root.get("aliases"));
        }
        d.put("name", root.path("name").asText(spec.id() + " (declarative, " + source + ")"));
        d.put("paper", root.path("paper").asText("declarative space " + source));
        d.put("encoding", ENCODING);
        ArrayNode ops = d.putArray("ops");
        spec.opNames().forEach(ops::add);
        ObjectNode cell = d.putObject("cell");
        cell.put("nodes", spec.nodes());
        cell.put("format", spec.family() == DeclarativeSpec.Family.DAG ? "|op~0|+|op~0|op~1|+..."
                : "normal:|op~i|op~j|+... reduce:|op~i|op~j|+...");
        d.putObject("skeleton").put("builder", ENCODING + "-" + spec.family().name().toLowerCase(java.util.Locale.ROOT));
        SearchSpace space = space(spec);
        d.put("size", space.size());
        d.set("datasets", root.has("datasets") ? root.get("datasets") : defaultDatasets());
        if (root.has("accuracies")) {
            // imported accuracies only (data import --mapping): dataset/split/budget columns, the first the default
            ObjectNode benchmark = d.putObject("benchmark");
            ArrayNode columns = benchmark.putArray("accuracies");
            for (JsonNode a : root.get("accuracies")) {
                String[] parts = a.get("column").asText().split("/");
                ObjectNode c = columns.addObject();
                c.put("column", a.get("column").asText());
                c.put("dataset", parts[0]);
                c.put("split", parts[1]);
                c.put("epochs", Integer.parseInt(parts[2]));
                c.put("label", a.path("label").asText(a.get("column").asText() + " (imported)"));
            }
            benchmark.put("defaultAccuracy", root.get("accuracies").get(0).get("column").asText());
        }
        try {
            return SpaceDescriptor.parse(new ByteArrayInputStream(JSON.writeValueAsBytes(d)), source);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode defaultDatasets() {
        try (InputStream in = DeclarativeSpaces.class.getResourceAsStream("/spaces/nas-bench-201.json")) {
            return JSON.readTree(in).get("datasets");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the nb201 descriptor's datasets", e);
        }
    }
}
