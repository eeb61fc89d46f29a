package org.naswot.app.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a document information dictionary to a finished PDF by an incremental update (PDF 1.4, section
 * 3.4.5): a new Info object, an xref section for it and a trailer pointing back to the previous xref with
 * /Prev. The original bytes stay untouched, so the file stays valid for every reader. OrsonPDF itself only
 * writes /Title and /Author.
 */
final class PdfInfo {
    private PdfInfo() {
    }

    static byte[] withInfo(byte[] pdf, Map<String, String> entries) {
        String tail = new String(pdf, Math.max(0, pdf.length - 2048), Math.min(2048, pdf.length), StandardCharsets.ISO_8859_1);
        String all = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher sx = Pattern.compile("startxref\\s+(\\d+)").matcher(tail);
        long prevXref = -1;
        while (sx.find()) {
            prevXref = Long.parseLong(sx.group(1));
        }
        int trailerAt = all.lastIndexOf("trailer");
        if (prevXref < 0 || trailerAt < 0) {
            throw new IllegalArgumentException("not a PDF with a classic xref table");
        }
        String trailer = all.substring(trailerAt);
        Matcher size = Pattern.compile("/Size\\s+(\\d+)").matcher(trailer);
        Matcher root = Pattern.compile("/Root\\s+(\\d+\\s+\\d+\\s+R)").matcher(trailer);
        if (!size.find() || !root.find()) {
            throw new IllegalArgumentException("PDF trailer without /Size or /Root");
        }
        int objNum = Integer.parseInt(size.group(1));
        StringBuilder dict = new StringBuilder("<< ");
        for (Map.Entry<String, String> e : entries.entrySet()) {
            dict.append('/').append(name(e.getKey())).append(' ').append(string(e.getValue())).append(' ');
        }
        dict.append("/Producer (OrsonPDF; info by NASWOT Explorer) >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
        out.writeBytes(pdf);
        if (pdf.length > 0 && pdf[pdf.length - 1] != '\n') {
            out.write('\n');
        }
        long objOffset = out.size();
        out.writeBytes((objNum + " 0 obj\n" + dict + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        long xrefOffset = out.size();
        String xref = "xref\n0 1\n0000000000 65535 f \n" + objNum + " 1\n" + String.format("%010d", objOffset)
                + " 00000 n \ntrailer\n<< /Size " + (objNum + 1) + " /Root " + root.group(1) + " /Info " + objNum
                + " 0 R /Prev " + prevXref + " >>\nstartxref\n" + xrefOffset + "\n%%EOF\n";
        out.writeBytes(xref.getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** Names: "naswot:space" becomes /naswot:space. */
    static String name(String key) {
        StringBuilder sb = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c > 32 && c < 127 && "()<>[]{}/%#".indexOf(c) < 0) {
                sb.append(c);
            } else {
                sb.append('#').append(String.format("%02X", (int) c & 0xFF));
            }
        }
        return sb.toString();
    }

    /** A PDF text string: ASCII as a literal string, anything else as UTF-16BE hex with BOM. */
    static String string(String s) {
        boolean ascii = s.chars().allMatch(c -> c >= 32 && c < 127);
        if (ascii) {
            return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")";
        }
        StringBuilder sb = new StringBuilder("<FEFF");
        for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) {
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.append('>').toString();
    }
}
