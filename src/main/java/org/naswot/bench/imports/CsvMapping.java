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

    /** The shared {@code nb201/nb201_accuracies.csv} layout (see the data README). */
    public static CsvMapping nb201Table() {
        return new CsvMapping("nb201", "arch_str", "index", "arch_str", List.of(
                new Column("cifar10_test_200ep_nats", "cifar10", "test", 200, null, "accuracy"),
                new Column("cifar100_test_200ep_nats", "cifar100", "test", 200, null, "accuracy"),
                new Column("imagenet16_test_200ep_nats", "imagenet16-120", "test", 200, null, "accuracy"),
                new Column("cifar10_test_200ep_nb201v10", "cifar10", "test", 200, null, "accuracy_nb201v10"),
                new Column("cifar10valid_valid_200ep_nb201v10", "cifar10-valid", "valid", 200, null,
                        "accuracy_nb201v10"),
                new Column("cifar10valid_test_200ep_nb201v10", "cifar10-valid", "test", 200, null,
                        "accuracy_nb201v10"),
                new Column("params_M", "cifar10", null, null, null, "params"),
                new Column("naswot_v1_jacov_score_cifar10", "cifar10", null, null, null, "naswot_v1_score"),
                new Column("cifar10_test_12ep_nb201v11", "cifar10", "test", 12, null, "accuracy_nb201v11"),
                new Column("cifar10valid_valid_12ep_nb201v11", "cifar10-valid", "valid", 12, null,
                        "accuracy_nb201v11"),
                new Column("cifar100_test_12ep_nb201v11", "cifar100", "test", 12, null, "accuracy_nb201v11"),
                new Column("cifar100_valid_12ep_nb201v11", "cifar100", "valid", 12, null, "accuracy_nb201v11"),
                new Column("imagenet16_test_12ep_nb201v11", "imagenet16-120", "test", 12, null, "accuracy_nb201v11"),
                new Column("imagenet16_valid_12ep_nb201v11", "imagenet16-120", "valid", 12, null,
                        "accuracy_nb201v11")));
    }

    /** A built-in mapping whose columns all appear in this header, if any. */
    public static Optional<CsvMapping> forHeader(List<String> header) {
        CsvMapping nb201 = nb201Table();
        boolean all = header.contains(nb201.keyColumn()) && header.contains(nb201.indexColumn())
                && nb201.metrics().stream().allMatch(c -> header.contains(c.column()));
        return all ? Optional.of(nb201) : Optional.empty();
    }
}
