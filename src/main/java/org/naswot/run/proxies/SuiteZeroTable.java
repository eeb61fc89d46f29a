package org.naswot.run.proxies;

import org.naswot.score.proxies.*;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * NAS-Bench-Suite-Zero's NB201 table ({@code naslib_zc/zc_nasbench201_725archs_x3datasets.csv}): for each
 * dataset, 725 cells with their validation accuracy and the proxies NASLib computed. Empty cells read as NaN.
 */
public final class SuiteZeroTable {

    /** One cell of one dataset; {@code values} follow {@link #columns()}. */
    public record Row(String dataset, int nb201Index, String arch, double[] values) {
    }

    private final List<String> columns;
    private final List<Row> rows;

    private SuiteZeroTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static SuiteZeroTable read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            double[] values = new double[header.size()];
            for (int i = 0; i < f.length; i++) {
                values[i] = parse(f[i]);
            }
            rows.add(new Row(f[header.indexOf("dataset")], Integer.parseInt(f[header.indexOf("nb201_index")]),
                    f[header.indexOf("arch_str")], values));
        }
        return new SuiteZeroTable(List.copyOf(header), List.copyOf(rows));
    }

    private static double parse(String s) {
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows(String dataset) {
        return rows.stream().filter(r -> r.dataset().equals(dataset)).toList();
    }

    public double value(Row row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new UserFacingException("the Suite-Zero table has no column '" + column + "'");
        }
        return row.values()[i];
    }
}
