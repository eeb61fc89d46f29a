package org.naswot.bench;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * RFC 4180 CSV parsing: comma-separated fields, fields in double quotes may contain commas, line breaks
 * and doubled quotes; lines end in LF or CRLF. Each record remembers the line it starts on, so errors can
 * point at it. Unquoted fields (nearly all of a benchmark table) are cut out with one substring each,
 * which keeps a 15,625-row table well under a second even before the JIT warms up.
 */
final class CsvRecords {

    /** One record and the 1-based line number where it starts. */
    record Record(int line, String[] fields) {
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text, String source) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        int n = text.length();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        while (pos < n) {
            int recordLine = line;
            fields.clear();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (pos < n && text.charAt(pos) == '"') {
                    StringBuilder field = new StringBuilder();
                    pos++;
                    while (true) {
                        if (pos >= n) {
                            throw new UserFacingException(source + ", line " + recordLine + ": a quoted field is "
                                    + "never closed (the file is truncated or not valid CSV)");
                        }
                        char c = text.charAt(pos++);
                        if (c == '"') {
                            if (pos < n && text.charAt(pos) == '"') {
                                field.append('"');
                                pos++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                    // anything between the closing quote and the separator is kept, as lenient readers do
                    int start = pos;
                    pos = endOfField(text, pos);
                    fields.add(field.append(text, start, pos).toString());
                } else {
                    int start = pos;
                    pos = endOfField(text, pos);
                    fields.add(text.substring(start, pos));
                }
                if (pos >= n) {
                    endOfRecord = true;
                } else if (text.charAt(pos) == ',') {
                    pos++;
                } else {
                    if (text.charAt(pos) == '\r' && pos + 1 < n && text.charAt(pos + 1) == '\n') {
                        pos++;
                    }
                    pos++;
                    line++;
                    endOfRecord = true;
                }
            }
            boolean blankLine = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blankLine) {
                records.add(new Record(recordLine, fields.toArray(new String[0])));
            }
        }
        return records;
    }

    /** Position of the next ',', '\r', '\n' or the end of the text. */
    private static int endOfField(String text, int pos) {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                return pos;
            }
            pos++;
        }
        return pos;
    }
}
