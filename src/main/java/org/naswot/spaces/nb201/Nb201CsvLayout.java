package org.naswot.spaces.nb201;

import java.util.List;
import org.naswot.bench.imports.CsvLayout;
import org.naswot.bench.imports.CsvMapping;
import org.naswot.bench.imports.CsvMapping.Column;
import org.naswot.space.nb201.Nb201Space;

/**
 * The shared {@code nb201/nb201_accuracies.csv} layout (see the data README), imported without {@code --mapping}; its
 * key is the cell string, so its rows meet the NATS import's.
 */
public final class Nb201CsvLayout implements CsvLayout {
    @Override
    public String name() {
        return "NB201 table";
    }

    @Override
    public CsvMapping mapping() {
        return new CsvMapping(Nb201Space.ID, "arch_str", "index", "arch_str", List.of(
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
}
