package org.naswot.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the window's code in small pieces (issue 25 §5): no class (source file) under {@code org.naswot.app} over
 * {@value #MAX_CLASS_LINES} lines, no method over {@value #MAX_METHOD_LINES}. Methods are found by brace matching on
 * the source with comments and literals blanked, as {@code src/tools/app_size.py} does (which lists them all).
 */
class AppSizeTest {
    static final int MAX_CLASS_LINES = 350;
    static final int MAX_METHOD_LINES = 60;
    private static final Path APP = Path.of("src/main/java/org/naswot/app");

    private static final Pattern CONTROL = Pattern.compile(
            "^(if|for|while|switch|catch|synchronized|try|else|do|finally)\\b");
    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+");
    private static final Pattern ANONYMOUS = Pattern.compile("\\bnew\\s+[\\w.<>,?\\s\\[\\]]+\\(");
    private static final Pattern SIGNATURE_END = Pattern.compile("\\)\\s*(throws\\s+[\\w.,\\s]+)?$");
    private static final Pattern BARE_BLOCK = Pattern.compile("[\\w@\\s]*\\w");
    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*\\(");

    /** A method (or constructor) and the lines it spans, its signature to its closing brace. */
    record Method(String name, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    @Test
    void noAppClassIsOverTheLimit() throws IOException {
        List<String> over = new ArrayList<>();
        for (Path file : sources()) {
            long lines = Files.readString(file).chars().filter(c -> c == '\n').count();
            if (lines > MAX_CLASS_LINES) {
                over.add(file + ": " + lines + " lines");
            }
        }
        assertEquals(List.of(), over, "split these by responsibility (at most " + MAX_CLASS_LINES + " lines)");
    }

    @Test
    void noAppMethodIsOverTheLimit() throws IOException {
        List<String> over = new ArrayList<>();
        int methods = 0;
        for (Path file : sources()) {
            for (Method m : methods(Files.readString(file))) {
                methods++;
                if (m.lines() > MAX_METHOD_LINES) {
                    over.add(file + ":" + m.firstLine() + " " + m.name() + ": " + m.lines() + " lines");
                }
            }
        }
        assertTrue(methods > 300, "the app's methods were found (" + methods + ")");
        assertEquals(List.of(), over, "split these (at most " + MAX_METHOD_LINES + " lines)");
    }

    /** The measure itself: a long method, one inside an anonymous class, lambdas and tricky literals. */
    @Test
    void theMeasureFindsLongMethodsAndIgnoresBracesInLiteralsAndComments() {
        StringBuilder src = new StringBuilder("class A {\n  @Override\n  void longOne(int x) throws Exception {\n");
        for (int i = 0; i < 59; i++) {
            src.append("    x++; // } {\n");
        }
        src.append("  }\n  int shortOne() {\n    String s = \"}}\" + '{' + \"\"\"\n      }\n      \"\"\";\n")
                .append("    /* } */ Runnable r = () -> { if (s.isEmpty()) { } };\n")
                .append("    Object o = new Object() {\n      public String toString() {\n        return \"\";\n      }\n")
                .append("    };\n    return 1;\n  }\n  static { }\n}\n");
        List<Method> found = methods(src.toString());
        assertEquals(List.of(new Method("longOne", 2, 63), new Method("toString", 70, 72),
                new Method("shortOne", 64, 75), new Method("static", 76, 76)), found);
        assertEquals(62, found.get(0).lines());
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(APP)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Every method and constructor of a source file, nested ones (in local or anonymous classes) included. */
    static List<Method> methods(String text) {
        String code = blankCommentsAndLiterals(text);
        List<Method> out = new ArrayList<>();
        Deque<String[]> stack = new ArrayDeque<>(); // kind, name, first line
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ';') {
                headerStart = i + 1;
            } else if (c == '{') {
                String raw = code.substring(headerStart, i);
                String header = raw.trim().replaceAll("\\s+", " ");
                int lead = raw.length() - raw.stripLeading().length();
                int firstLine = lineOf(code, headerStart + lead);
                String enclosing = stack.isEmpty() ? "file" : stack.peek()[0];
                stack.push(classify(header, enclosing, firstLine));
                headerStart = i + 1;
            } else if (c == '}') {
                if (!stack.isEmpty()) {
                    String[] block = stack.pop();
                    if (block[0].equals("method")) {
                        out.add(new Method(block[1], Integer.parseInt(block[2]), lineOf(code, i)));
                    }
                }
                headerStart = i + 1;
            }
        }
        return out;
    }

    private static String[] classify(String header, String enclosing, int firstLine) {
        String line = Integer.toString(firstLine);
        if (TYPE.matcher(header).find() && !header.endsWith("->")) {
            return new String[] {"type", header, line};
        }
        boolean signature = SIGNATURE_END.matcher(header).find();
        if (enclosing.equals("type") && (signature || BARE_BLOCK.matcher(header).matches())
                && !CONTROL.matcher(header).find()) {
            Matcher name = NAME.matcher(header);
            return new String[] {"method", name.find() ? name.group(1) : header, line};
        }
        if (!enclosing.equals("type") && ANONYMOUS.matcher(header).find() && signature && !header.endsWith("->")) {
            return new String[] {"type", header, line};
        }
        return new String[] {"block", header, line};
    }

    private static int lineOf(String code, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Comments, string, text-block and char literals become spaces; newlines stay, so line numbers hold. */
    static String blankCommentsAndLiterals(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end;
            if (text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                char quote = text.charAt(i);
                end = i + 1;
                while (end < n && text.charAt(end) != quote && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
            } else {
                out.append(text.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(text.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
