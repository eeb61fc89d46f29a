package org.naswot.space.nds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;

/**
 * One network of a Network Design Spaces space (e.g. {@code nds:DARTS}), or of NAS-Bench-301: its {@code net} object
 * and, when it comes from an imported NDS file, the entry's position there (the reference's index).
 */
public final class NdsArchitecture implements Architecture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String space;
    private final int index;
    private final NdsNet net;
    /** The space's own text form when it has one (NAS-Bench-301's compact NASLib form); null: the net json. */
    private final String text;

    public NdsArchitecture(String space, int index, NdsNet net) {
        this(space, index, net, null);
    }

    /** @param text the canonical text form for a space that has its own (e.g. NASLib's compact cell for nb301) */
    public NdsArchitecture(String space, int index, NdsNet net, String text) {
        this.space = Objects.requireNonNull(space);
        this.index = index;
        this.net = Objects.requireNonNull(net);
        this.text = text;
    }

    /** Reads a {@code net} object (a whole NDS entry with a {@code net} field is accepted too). */
    public static NdsArchitecture parse(String space, String text, int index) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UserFacingException("the NDS architecture is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage()
                    + "; expected the NDS json \"net\" object, e.g. {\"genotype\": {...}, \"width\": 16, \"depth\": 8}");
        }
        return of(space, node, index);
    }

    public static NdsArchitecture of(String space, JsonNode node, int index) {
        if (node == null || !node.isObject()) {
            throw new UserFacingException("an NDS architecture is a JSON object (the entry's \"net\"), not " + node);
        }
        JsonNode net = node.has("net") && node.get("net").isObject() ? node.get("net") : node;
        NdsNet parsed = net.has("genotype") ? CellNetwork.fromJson(net) : AnyNetConfig.fromJson(net);
        return new NdsArchitecture(space, index, parsed);
    }

    public NdsNet net() {
        return net;
    }

    /**
     * How many edges of the normal and the reduction cell together carry each of pycls' operations (every one of
     * {@link CellOps#ALL}, in its order); empty for an AnyNet (stages of blocks, no cell operations).
     */
    public java.util.Map<String, Integer> operationCounts() {
        if (!(net instanceof CellNetwork cells)) {
            return java.util.Map.of();
        }
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        CellOps.ALL.forEach(op -> out.put(op, 0));
        for (java.util.List<GenotypeEdge> cell : java.util.List.of(cells.genotype().normal(),
                cells.genotype().reduce())) {
            cell.forEach(e -> out.merge(e.op(), 1, Integer::sum));
        }
        return out;
    }

    public NdsArchitecture withIndex(int newIndex) {
        return new NdsArchitecture(space, newIndex, net, text);
    }

    /** The {@code _in} spaces were trained on ImageNet: cell networks use pycls' {@code NetworkImageNet}. */
    public boolean imagenetSkeleton() {
        return space.endsWith("_in");
    }

    /** Entries with an auxiliary head: the reference's scoring forward fails on them, so it scores them NaN. */
    public boolean auxiliary() {
        return net instanceof CellNetwork c && c.aux();
    }

    @Override
    public String space() {
        return space;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public String encoding() {
        return text != null ? text : net.toJson().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NdsArchitecture a && a.space.equals(space) && a.net.equals(net);
    }

    @Override
    public int hashCode() {
        return Objects.hash(space, net);
    }

    @Override
    public String toString() {
        return space + (index >= 0 ? "#" + index : "") + " " + encoding();
    }

    /** The net json runs to hundreds of characters: named by its space and index. */
    @Override
    public String shownName() {
        return space() + (index() >= 0 ? " #" + index() : "");
    }

    @Override
    public boolean namedByEncoding() {
        return false;
    }
}
