package org.naswot.space.nb301;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.DartsGenotype;
import org.naswot.space.nds.GenotypeEdge;
import org.naswot.space.nds.NdsArchitecture;

/**
 * NASLib's compact form of a NAS-Bench-301 (DARTS space) cell pair, {@code [[(input, op) x 8], [(input, op) x 8]]}:
 * normal then reduction cell, pairs 2k and 2k+1 feeding node k+2, inputs 0 and 1 the two previous cells, every cell
 * concatenating nodes 2..5. {@link #format} writes it as Python's {@code str} does, so that it equals the keys of
 * NAS-Bench-Suite-Zero's table; {@link #parse} also takes square brackets for the pairs and any spacing.
 */
public final class Nb301Encoding {
    /** NASLib's op numbering ({@code naslib/search_spaces/nasbench301/conversions.py}). */
    public static final List<String> OPS = List.of("max_pool_3x3", "avg_pool_3x3", "skip_connect", "sep_conv_3x3",
            "sep_conv_5x5", "dil_conv_3x3", "dil_conv_5x5");
    public static final int PAIRS = 8;
    public static final List<Integer> CONCAT = List.of(2, 3, 4, 5);
    /** NAS-Bench-301's training setting of NetworkCIFAR. */
    public static final int WIDTH = 32;
    public static final int DEPTH = 8;

    private static final String FORM = "expected NASLib's compact form [[(input, op) x 8], [(input, op) x 8]]";

    private Nb301Encoding() {
    }

    /** The compact text of a genotype, as Python prints NASLib's list of lists of tuples. */
    public static String format(DartsGenotype g) {
        return "[" + cell(g.normal()) + ", " + cell(g.reduce()) + "]";
    }

    private static String cell(List<GenotypeEdge> edges) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < edges.size(); i++) {
            s.append(i == 0 ? "" : ", ").append('(').append(edges.get(i).input()).append(", ")
                    .append(OPS.indexOf(edges.get(i).op())).append(')');
        }
        return s.append(']').toString();
    }

    /** Reads the compact form into a genotype (checked: 8 pairs per cell, known ops, inputs of earlier states). */
    public static DartsGenotype parse(String text) {
        List<Object> outer = new Reader(text).read();
        if (outer.size() != 2) {
            throw new UserFacingException("nb301 arch has " + outer.size() + " cells; " + FORM);
        }
        return check(new DartsGenotype(edges(outer.get(0), "normal"), CONCAT, edges(outer.get(1), "reduce"), CONCAT));
    }

    /**
     * Checks that a genotype is in the NAS-Bench-301 space: 8 pairs per cell of its seven operations, the two
     * edges into a node from different states, concat 2..5. Returns it.
     */
    public static DartsGenotype check(DartsGenotype g) {
        check(g.normal(), g.normalConcat(), "normal");
        check(g.reduce(), g.reduceConcat(), "reduce");
        return g;
    }

    private static void check(List<GenotypeEdge> edges, List<Integer> concat, String which) {
        if (edges.size() != PAIRS) {
            throw new UserFacingException("nb301 " + which + " cell has " + edges.size() + " (input, op) pairs, not "
                    + PAIRS);
        }
        for (int i = 0; i < edges.size(); i++) {
            if (!OPS.contains(edges.get(i).op())) {
                throw new UserFacingException("nb301 " + which + " cell pair " + i + ": operation '" + edges.get(i).op()
                        + "' is not in the NAS-Bench-301 space (" + String.join(", ", OPS) + ")");
            }
        }
        for (int k = 0; k < PAIRS / 2; k++) {
            if (edges.get(2 * k).input() == edges.get(2 * k + 1).input()) {
                throw new UserFacingException("nb301 " + which + " cell: both edges into node " + (k + 2)
                        + " read state " + edges.get(2 * k).input() + "; the DARTS space takes two different inputs");
            }
        }
        if (!concat.equals(CONCAT)) {
            throw new UserFacingException("nb301 " + which + " cell concatenates " + concat + "; NAS-Bench-301 cells "
                    + "concatenate " + CONCAT);
        }
    }

    /** The network NAS-Bench-301 trained for this genotype. */
    public static NdsArchitecture architecture(DartsGenotype g, int index) {
        return new NdsArchitecture(Nb301Space.ID, index, new CellNetwork(check(g), WIDTH, DEPTH, false, 0),
                format(g));
    }

    private static List<GenotypeEdge> edges(Object cell, String which) {
        if (!(cell instanceof List<?> pairs)) {
            throw new UserFacingException("nb301 " + which + " cell is " + cell + "; " + FORM);
        }
        if (pairs.size() != PAIRS) {
            throw new UserFacingException("nb301 " + which + " cell has " + pairs.size() + " (input, op) pairs, not "
                    + PAIRS + "; " + FORM);
        }
        List<GenotypeEdge> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (!(pairs.get(i) instanceof List<?> p) || p.size() != 2 || !(p.get(0) instanceof Integer input)
                    || !(p.get(1) instanceof Integer op)) {
                throw new UserFacingException("nb301 " + which + " cell pair " + i + " is " + pairs.get(i)
                        + "; expected (input, op)");
            }
            if (op < 0 || op >= OPS.size()) {
                throw new UserFacingException("nb301 " + which + " cell pair " + i + ": unknown op " + op + " (0.."
                        + (OPS.size() - 1) + ": " + numberedOps() + ")");
            }
            int node = i / 2 + 2;
            if (input < 0 || input >= node) {
                throw new UserFacingException("nb301 " + which + " cell pair " + i + " feeds node " + node
                        + " from input " + input + "; it can read states 0.." + (node - 1));
            }
            out.add(new GenotypeEdge(OPS.get(op), input));
        }
        return out;
    }

    private static String numberedOps() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < OPS.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(i).append(' ').append(OPS.get(i));
        }
        return s.toString();
    }

    /** Nested lists of non-negative integers in [] or (), e.g. {@code [[(0, 3), (1, 4)], [...]]}. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        List<Object> read() {
            skipSpace();
            if (pos >= text.length() || "[(".indexOf(text.charAt(pos)) < 0) {
                throw error("a list");
            }
            List<Object> v = list();
            skipSpace();
            if (pos < text.length()) {
                throw error("the end of the architecture");
            }
            return v;
        }

        private List<Object> list() {
            char close = text.charAt(pos) == '[' ? ']' : ')';
            pos++;
            List<Object> items = new ArrayList<>();
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == close) {
                pos++;
                return items;
            }
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    throw error("a number or a list");
                }
                char c = text.charAt(pos);
                if (c == '[' || c == '(') {
                    items.add(list());
                } else if (Character.isDigit(c)) {
                    int start = pos;
                    while (pos < text.length() && Character.isDigit(text.charAt(pos)) && pos - start < 9) {
                        pos++;
                    }
                    items.add(Integer.parseInt(text.substring(start, pos)));
                } else {
                    throw error("a number or a list");
                }
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    skipSpace();
                    if (pos < text.length() && text.charAt(pos) == close) { // Python's one-tuple (x,)
                        pos++;
                        return items;
                    }
                } else if (pos < text.length() && text.charAt(pos) == close) {
                    pos++;
                    return items;
                } else {
                    throw error("',' or '" + close + "'");
                }
            }
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private UserFacingException error(String expected) {
            String found = pos >= text.length() ? "the end of the text" : "'" + text.charAt(pos) + "'";
            return new UserFacingException("nb301 arch, character " + (pos + 1) + ": expected " + expected + ", found "
                    + found + "; " + FORM);
        }
    }
}
