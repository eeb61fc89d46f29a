package org.naswot.space.nds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * A DARTS-family genotype (pycls' {@code Genotype}): the normal and the reduction cell, each a list of
 * (op, input) pairs where pairs 2k and 2k+1 feed node k+2, and the states concatenated into the cell's output.
 */
public record DartsGenotype(List<GenotypeEdge> normal, List<Integer> normalConcat, List<GenotypeEdge> reduce,
                            List<Integer> reduceConcat) {

    public DartsGenotype {
        normal = List.copyOf(normal);
        normalConcat = List.copyOf(normalConcat);
        reduce = List.copyOf(reduce);
        reduceConcat = List.copyOf(reduceConcat);
        check("normal", normal, normalConcat);
        check("reduce", reduce, reduceConcat);
    }

    /** Intermediate nodes of a cell (pairs of edges). */
    public static int steps(List<GenotypeEdge> cell) {
        return cell.size() / 2;
    }

    /** This genotype with edge {@code i} of the normal ({@code reduceCell} false) or reduction cell replaced. */
    public DartsGenotype withEdge(boolean reduceCell, int i, GenotypeEdge edge) {
        List<GenotypeEdge> cell = new ArrayList<>(reduceCell ? reduce : normal);
        cell.set(i, edge);
        return reduceCell ? new DartsGenotype(normal, normalConcat, cell, reduceConcat)
                : new DartsGenotype(cell, normalConcat, reduce, reduceConcat);
    }

    /** This genotype with other concat lists (same cells). */
    public DartsGenotype withConcat(List<Integer> newNormalConcat, List<Integer> newReduceConcat) {
        return new DartsGenotype(normal, newNormalConcat, reduce, newReduceConcat);
    }

    /** The intermediate states no edge reads: what NASNet-style cells ("loose ends") concatenate. */
    public static List<Integer> looseEnds(List<GenotypeEdge> cell) {
        List<Integer> out = new ArrayList<>();
        for (int s = 2; s < steps(cell) + 2; s++) {
            final int state = s;
            if (cell.stream().noneMatch(e -> e.input() == state)) {
                out.add(s);
            }
        }
        return out;
    }

    /** All intermediate states, 2..steps+1: what DARTS cells concatenate. */
    public static List<Integer> allIntermediate(List<GenotypeEdge> cell) {
        List<Integer> out = new ArrayList<>();
        for (int s = 2; s < steps(cell) + 2; s++) {
            out.add(s);
        }
        return out;
    }

    private static void check(String which, List<GenotypeEdge> edges, List<Integer> concat) {
        if (edges.isEmpty() || edges.size() % 2 != 0) {
            throw new UserFacingException("genotype '" + which + "' has " + edges.size()
                    + " (op, input) pairs; a cell needs an even, non-zero number (two per node)");
        }
        for (int i = 0; i < edges.size(); i++) {
            GenotypeEdge e = edges.get(i);
            if (!CellOps.known(e.op())) {
                throw new UserFacingException("genotype '" + which + "' pair " + i + ": unknown operation '" + e.op()
                        + "' (known: " + String.join(", ", CellOps.ALL) + ")");
            }
            int node = i / 2 + 2;
            if (e.input() < 0 || e.input() >= node) {
                throw new UserFacingException("genotype '" + which + "' pair " + i + " feeds node " + node
                        + " from state " + e.input() + "; it can only read states 0.." + (node - 1));
            }
        }
        if (concat.isEmpty()) {
            throw new UserFacingException("genotype '" + which + "_concat' is empty");
        }
        int states = edges.size() / 2 + 2;
        for (int c : concat) {
            if (c < 0 || c >= states) {
                throw new UserFacingException("genotype '" + which + "_concat' names state " + c
                        + "; the cell has states 0.." + (states - 1));
            }
        }
    }

    /** Reads the NDS json form: {@code {"normal": [["sep_conv_3x3", 0], ...], "normal_concat": [2, 3], ...}}. */
    public static DartsGenotype fromJson(JsonNode g) {
        if (g == null || !g.isObject()) {
            throw new UserFacingException("'genotype' must be an object with normal, normal_concat, reduce, reduce_concat");
        }
        return new DartsGenotype(edges(g, "normal"), ints(g, "normal_concat"), edges(g, "reduce"),
                ints(g, "reduce_concat"));
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("normal", edgesJson(normal));
        o.set("normal_concat", intsJson(normalConcat));
        o.set("reduce", edgesJson(reduce));
        o.set("reduce_concat", intsJson(reduceConcat));
        return o;
    }

    private static List<GenotypeEdge> edges(JsonNode g, String field) {
        JsonNode a = g.get(field);
        if (a == null || !a.isArray()) {
            throw new UserFacingException("genotype has no '" + field + "' list of [op, input] pairs");
        }
        List<GenotypeEdge> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode p = a.get(i);
            if (!p.isArray() || p.size() != 2 || !p.get(0).isTextual() || !p.get(1).canConvertToInt()
                    || !p.get(1).isIntegralNumber()) {
                throw new UserFacingException("genotype '" + field + "' entry " + i + " is " + p
                        + "; expected [\"op_name\", input_state]");
            }
            out.add(new GenotypeEdge(p.get(0).asText(), p.get(1).asInt()));
        }
        return out;
    }

    private static List<Integer> ints(JsonNode g, String field) {
        JsonNode a = g.get(field);
        if (a == null || !a.isArray()) {
            throw new UserFacingException("genotype has no '" + field + "' list of states");
        }
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : a) {
            if (!v.isIntegralNumber()) {
                throw new UserFacingException("genotype '" + field + "' holds " + v + "; expected state numbers");
            }
            out.add(v.asInt());
        }
        return out;
    }

    private static ArrayNode edgesJson(List<GenotypeEdge> edges) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (GenotypeEdge e : edges) {
            a.addArray().add(e.op()).add(e.input());
        }
        return a;
    }

    private static ArrayNode intsJson(List<Integer> values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
