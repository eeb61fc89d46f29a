package org.naswot.bench.imports;

import java.util.List;
import java.util.Optional;

/**
 * How a generic CSV maps onto the store: which column identifies the architecture, which holds its benchmark
 * index and string, and which columns are metrics for which dataset/split/budget.
 *
 * @param keyColumn   arch_key column (for NB201 use the cell string so rows meet the NATS import's)
 * @param indexColumn benchmark index column, or null
 * @param archColumn  architecture string column, or null
 */
public record CsvMapping(String space, String keyColumn, String indexColumn, String archColumn,
                         List<Column> metrics) {

    /** One metric column; split/budget/seed null = not applicable / mean. */
    public record Column(String column, String dataset, String split, Integer budget, Integer seed, String metric) {
    }

    public CsvMapping {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    /** A built-in mapping (a space's {@link CsvLayout}) whose columns all appear in this header, if any. */
    public static Optional<CsvMapping> forHeader(List<String> header) {
        return CsvLayout.registered().stream().map(CsvLayout::mapping).filter(m -> m.missingIn(header).isEmpty())
                .findFirst();
    }

    /** The key, index and metric columns this mapping reads that {@code header} lacks, in order. */
    public List<String> missingIn(List<String> header) {
        List<String> needed = new java.util.ArrayList<>();
        needed.add(keyColumn);
        if (indexColumn != null) {
            needed.add(indexColumn);
        }
        metrics.forEach(c -> needed.add(c.column()));
        return needed.stream().distinct().filter(c -> !header.contains(c)).toList();
    }
}
