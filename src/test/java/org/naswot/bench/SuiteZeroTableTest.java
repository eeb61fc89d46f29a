package org.naswot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suite-Zero's json layout reads as the same table as its CSV: rows in idx order, exact number text, NaN gaps. */
class SuiteZeroTableTest {
    private static final String JSON = "{\"cifar10\": {"
            + "\"a\": {\"idx\": \"2\", \"arch\": \"x,\\\"y\", \"val_accuracy\": 93, "
            + "\"synflow\": {\"score\": 1e-5, \"time\": 1}, \"jacov\": {\"time\": 2, \"score\": 3.25}}, "
            + "\"b\": {\"idx\": 1, \"arch\": \"z\", \"val_accuracy\": 91.5, \"jacov\": {\"score\": -1, \"time\": 0}}}}";

    @Test
    void jsonBecomesTheBenchmarkTablesCsv() {
        assertEquals("idx,arch,val_accuracy,suite_zero_synflow,suite_zero_jacov\n"
                + "1,\"z\",91.5,,-1\n"
                + "2,\"x,\"\"y\",93,1.0e-5,3.25\n", SuiteZeroTable.fromJson(JSON, "t.json").toCsv());
    }

    @Test
    void jsonRowsReadLikeCsvRows() {
        SuiteZeroTable t = SuiteZeroTable.fromJson(JSON, "t.json");
        List<SuiteZeroTable.Row> rows = t.rows("cifar10");
        assertEquals(List.of(1, 2), rows.stream().map(SuiteZeroTable.Row::index).toList());
        assertEquals("x,\"y", rows.get(1).arch());
        assertEquals(93.0, t.value(rows.get(1), "val_accuracy"));
        assertEquals(1e-5, t.value(rows.get(1), "suite_zero_synflow"));
        assertTrue(Double.isNaN(t.value(rows.get(0), "suite_zero_synflow")), "a proxy without a score is NaN");
    }
}
