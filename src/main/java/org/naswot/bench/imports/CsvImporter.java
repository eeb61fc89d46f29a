package org.naswot.bench.imports;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.naswot.common.UserFacingException;

/** Imports a generic CSV (RFC 4180 quoting, one record per line) through a {@link CsvMapping}. */
public final class CsvImporter {
    public static final String KIND = "csv";

    private CsvImporter() {
    }

    /** First line of the file, split into column names. */
    public static List<String> header(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null) {
                throw new UserFacingException(file + ": empty CSV file");
            }
            return split(stripBom(line), file, 1);
        } catch (java.io.IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static ImportSummary importInto(BenchmarkStore store, Path file, CsvMapping mapping,
                                           ImportProgress progress) {
        return store.importSource(KIND, file, batch -> {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = r.readLine();
                if (line == null) {
                    throw new UserFacingException(file + ": empty CSV file");
                }
                List<String> header = split(stripBom(line), file, 1);
                int key = column(header, mapping.keyColumn(), file);
                int index = mapping.indexColumn() == null ? -1 : column(header, mapping.indexColumn(), file);
                int arch = mapping.archColumn() == null ? -1 : column(header, mapping.archColumn(), file);
                CsvRowCheck rows = CsvRowCheck.forSpace(mapping.space());
                int[] cols = new int[mapping.metrics().size()];
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = column(header, mapping.metrics().get(i).column(), file);
                }
                int lineNo = 1;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> f = split(line, file, lineNo);
                    if (f.size() != header.size()) {
                        throw new UserFacingException(file + ": line " + lineNo + " has " + f.size()
                                + " fields, the header has " + header.size());
                    }
                    Integer idx = index < 0 ? null : integer(f.get(index), file, lineNo, mapping.indexColumn());
                    rows.check(idx, arch < 0 ? null : f.get(arch), file, lineNo, mapping);
                    long archId = batch.arch(mapping.space(), f.get(key), idx, arch < 0 ? null : f.get(arch));
                    for (int i = 0; i < cols.length; i++) {
                        String v = f.get(cols[i]).trim();
                        if (v.isEmpty() || v.equalsIgnoreCase("nan")) {
                            continue; // benchmarks leave cells empty or NaN where nothing was measured
                        }
                        CsvMapping.Column c = mapping.metrics().get(i);
                        batch.metric(archId, c.dataset(), c.split(), c.budget(), c.seed(), c.metric(),
                                parse(v, file, lineNo, c.column()));
                    }
                    progress.update(lineNo - 1, -1);
                }
            }
        });
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static int column(List<String> header, String name, Path file) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new UserFacingException(file + ": no column '" + name + "' in the header " + header);
        }
        return i;
    }

    private static int integer(String v, Path file, int line, String column) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException(file + ": line " + line + ", column '" + column + "': '" + v
                    + "' is not an integer index");
        }
    }

    private static double parse(String v, Path file, int line, String column) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException(file + ": line " + line + ", column '" + column + "': '" + v
                    + "' is not a number");
        }
    }

    /** Splits one CSV line; doubled quotes inside quoted fields stand for one quote. */
    static List<String> split(String line, Path file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new UserFacingException(file + ": line " + lineNo + " has an unterminated quoted field");
        }
        out.add(cur.toString());
        return out;
    }
}
