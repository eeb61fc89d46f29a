package org.naswot.score.proxies;

import org.naswot.run.proxies.SuiteZeroComparison;
import org.naswot.bench.SuiteZeroTable;
import java.util.ArrayList;
import java.util.List;
import org.naswot.data.DataDirectory;
import org.naswot.run.SpaceContext;
import org.naswot.testing.SharedData;

/** The shared NB201 space and NAS-Bench-Suite-Zero table, opened once per test class. */
final class SuiteZeroFixtures {
    private SuiteZeroFixtures() {
    }

    static SpaceContext nb201() {
        return SpaceContext.open("nb201", new DataDirectory(SharedData.dataDir()));
    }

    static SuiteZeroTable table() {
        return SuiteZeroTable.read(SharedData.data("naslib_zc/zc_nasbench201_725archs_x3datasets.csv"));
    }

    /** Every k-th row, in table order: a fixed, spread-out subset. */
    static List<SuiteZeroTable.Row> everyKth(List<SuiteZeroTable.Row> rows, int k) {
        List<SuiteZeroTable.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += k) {
            out.add(rows.get(i));
        }
        return out;
    }
}
