package org.naswot.space.declarative;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * The text form of a cell, NB201's generalised: one group per node, {@code |op~input|op~input|}, groups joined by
 * {@code +}, e.g. {@code |nor_conv_3x3~0|+|skip_connect~0|nor_conv_1x1~1|}. Errors name the character position.
 */
final class CellText {
    private final String text;
    private final DeclarativeSpec spec;
    private int pos;

    private CellText(String text, DeclarativeSpec spec) {
        this.text = text;
        this.spec = spec;
    }

    /** Every node's inputs, in the text's order. */
    static List<List<CellInput>> parse(String text, DeclarativeSpec spec, String example) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("empty architecture string for " + spec.id() + " (expected e.g. " + example
                    + ")");
        }
        CellText p = new CellText(text.strip(), spec);
        try {
            return p.groups();
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("malformed " + spec.id() + " architecture at character " + (p.pos + 1) + ": "
                    + e.getMessage() + " in \"" + p.text + "\" (expected e.g. " + example + ")");
        }
    }

    static String format(List<List<CellInput>> nodes, List<String> opNames) {
        StringBuilder sb = new StringBuilder();
        for (List<CellInput> node : nodes) {
            if (sb.length() > 0) {
                sb.append('+');
            }
            sb.append('|');
            for (CellInput in : node) {
                sb.append(opNames.get(in.op())).append('~').append(in.from()).append('|');
            }
        }
        return sb.toString();
    }

    private List<List<CellInput>> groups() {
        List<List<CellInput>> nodes = new ArrayList<>();
        while (true) {
            expect('|');
            List<CellInput> node = new ArrayList<>();
            while (pos < text.length() && text.charAt(pos) != '+') {
                node.add(input());
                expect('|');
            }
            nodes.add(node);
            if (pos >= text.length()) {
                return nodes;
            }
            pos++; // '+'
        }
    }

    private CellInput input() {
        int start = pos;
        while (pos < text.length() && "~|+".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String name = text.substring(start, pos);
        int op = spec.opIndex(name);
        if (op < 0) {
            pos = start;
            throw new IllegalArgumentException("unknown operation '" + name + "' (expected one of "
                    + String.join(", ", spec.opNames()) + ")");
        }
        expect('~');
        int numStart = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (numStart == pos || pos - numStart > 3) {
            pos = numStart;
            throw new IllegalArgumentException("expected an input number after '~'");
        }
        return new CellInput(op, Integer.parseInt(text.substring(numStart, pos)));
    }

    private void expect(char c) {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("the string ends early: expected '" + c + "'");
        }
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("expected '" + c + "', found '" + text.charAt(pos) + "'");
        }
        pos++;
    }
}
