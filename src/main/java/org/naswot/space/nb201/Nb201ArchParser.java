package org.naswot.space.nb201;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * Parses {@code |op~0|+|op~0|op~1|+|op~0|op~1|op~2|}, reporting the first problem with its character
 * position so a typo in a long string is easy to find.
 */
final class Nb201ArchParser {
    private final String text;
    private int pos;

    private Nb201ArchParser(String text) {
        this.text = text;
    }

    static List<Nb201Op> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("empty NB201 architecture string (expected |op~0|+|op~0|op~1|+|op~0|op~1|op~2|)");
        }
        return new Nb201ArchParser(text.strip()).parseCell();
    }

    private List<Nb201Op> parseCell() {
        List<Nb201Op> ops = new ArrayList<>(Nb201Architecture.EDGES);
        for (int node = 1; node <= 3; node++) {
            if (node > 1) {
                expect('+', "'+' between node " + (node - 1) + " and node " + node);
            }
            expect('|', "'|' opening node " + node);
            for (int from = 0; from < node; from++) {
                ops.add(parseEdge(node, from));
                expect('|', "'|' after input ~" + from + " of node " + node);
            }
        }
        if (pos != text.length()) {
            fail("unexpected text after the third node: '" + text.substring(pos)
                    + "' (a cell has exactly 3 nodes with 1, 2 and 3 inputs)");
        }
        return ops;
    }

    private Nb201Op parseEdge(int node, int from) {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '~' && text.charAt(pos) != '|' && text.charAt(pos) != '+') {
            pos++;
        }
        String label = text.substring(start, pos);
        Nb201Op op = Nb201Op.fromLabel(label);
        if (op == null) {
            pos = start;
            fail("unknown operation '" + label + "' on input " + from + " of node " + node
                    + " (expected one of none, skip_connect, nor_conv_1x1, nor_conv_3x3, avg_pool_3x3)");
        }
        expect('~', "'~' after operation '" + label + "'");
        int numStart = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        String num = text.substring(numStart, pos);
        if (!num.equals(Integer.toString(from))) {
            pos = numStart;
            fail("node " + node + " input " + (from + 1) + " must come from node " + from + " ('~" + from
                    + "'), found '~" + num + "'");
        }
        return op;
    }

    private void expect(char c, String what) {
        if (pos >= text.length()) {
            fail("string ends early: expected " + what);
        }
        if (text.charAt(pos) != c) {
            fail("expected " + what + ", found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private void fail(String message) {
        throw new UserFacingException("malformed NB201 architecture at character " + (pos + 1) + ": " + message
                + " in \"" + text + "\"");
    }
}
