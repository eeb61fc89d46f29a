package org.naswot.bench;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * RFC 4180 CSV parsing: comma-separated fields, fields in double quotes may contain commas, line breaks
 * and doubled quotes; lines end in LF or CRLF. Each record remembers the line it starts on, so errors can
 * point at it.
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
        StringBuilder field = new StringBuilder();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < n && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && pos < n && text.charAt(pos) == '\n') {
                    pos++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new Record(recordLine, fields.toArray(new String[0])));
                }
                fields.clear();
                line++;
                recordLine = line;
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UserFacingException(source + ", line " + recordLine + ": a quoted field is never closed "
                    + "(the file is truncated or not valid CSV)");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            records.add(new Record(recordLine, fields.toArray(new String[0])));
        }
        return records;
    }
}
