package org.naswot.bench.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The writing side of one import, open inside a single SQLite transaction owned by {@link BenchmarkStore}.
 * Metric rows are batched; nothing is visible to readers until the store commits.
 */
public final class ImportBatch {
    private static final int FLUSH_EVERY = 5_000;

    private final Connection db;
    private final long sourceId;
    private final PreparedStatement upsertArch;
    private final PreparedStatement findArch;
    private final PreparedStatement insertMetric;
    private final Set<String> spaces = new LinkedHashSet<>();
    private long pending;
    private long rows;
    private String sha256;

    ImportBatch(Connection db, long sourceId) throws SQLException {
        this.db = db;
        this.sourceId = sourceId;
        this.upsertArch = db.prepareStatement("INSERT INTO archs(space, arch_key, arch_index, arch_str) VALUES (?,?,?,?) "
                + "ON CONFLICT(space, arch_key) DO UPDATE SET arch_index = COALESCE(excluded.arch_index, arch_index), "
                + "arch_str = COALESCE(excluded.arch_str, arch_str)");
        this.findArch = db.prepareStatement("SELECT id FROM archs WHERE space = ? AND arch_key = ?");
        this.insertMetric = db.prepareStatement("INSERT OR REPLACE INTO metrics"
                + "(arch_id, dataset, split, budget, seed, metric, value, source_id) VALUES (?,?,?,?,?,?,?,?)");
    }

    long sourceId() {
        return sourceId;
    }

    /** Registers (or updates) an architecture and returns its row id for {@link #metric}. */
    public long arch(String space, String archKey, Integer archIndex, String archStr) throws SQLException {
        upsertArch.setString(1, space);
        upsertArch.setString(2, archKey);
        setNullableInt(upsertArch, 3, archIndex);
        upsertArch.setString(4, archStr);
        upsertArch.executeUpdate();
        findArch.setString(1, space);
        findArch.setString(2, archKey);
        try (ResultSet rs = findArch.executeQuery()) {
            rs.next();
            spaces.add(space);
            return rs.getLong(1);
        }
    }

    /**
     * Adds one value. split/budget null = not applicable (params, flops); seed null = mean over seeds.
     * Non-finite values are skipped: benchmarks use NaN for "not evaluated".
     */
    public void metric(long archId, String dataset, String split, Integer budget, Integer seed, String metric,
                       double value) throws SQLException {
        if (!Double.isFinite(value)) {
            return;
        }
        insertMetric.setLong(1, archId);
        insertMetric.setString(2, dataset);
        insertMetric.setString(3, split);
        setNullableInt(insertMetric, 4, budget);
        setNullableInt(insertMetric, 5, seed);
        insertMetric.setString(6, metric);
        insertMetric.setDouble(7, value);
        insertMetric.setLong(8, sourceId);
        insertMetric.addBatch();
        rows++;
        if (++pending >= FLUSH_EVERY) {
            flush();
        }
    }

    /**
     * Writes, for every (architecture, dataset, split, budget, metric) of this import that has per-seed rows,
     * their mean as the seed-NULL row. Done in SQL so importers never hold all seeds of all archs in memory.
     */
    public void addSeedMeans() throws SQLException {
        flush();
        try (PreparedStatement st = db.prepareStatement("INSERT OR REPLACE INTO metrics"
                + "(arch_id, dataset, split, budget, seed, metric, value, source_id) "
                + "SELECT arch_id, dataset, split, budget, NULL, metric, AVG(value), source_id FROM metrics "
                + "WHERE source_id = ? AND seed IS NOT NULL GROUP BY arch_id, dataset, split, budget, metric")) {
            st.setLong(1, sourceId);
            rows += st.executeUpdate();
        }
    }

    /** Highest seed this import already wrote for one architecture, budget and metric, or -1. */
    public int maxSeed(long archId, int budget, String metric) throws SQLException {
        flush();
        try (PreparedStatement st = db.prepareStatement("SELECT MAX(seed) FROM metrics "
                + "WHERE arch_id = ? AND budget = ? AND metric = ? AND source_id = ?")) {
            st.setLong(1, archId);
            st.setInt(2, budget);
            st.setString(3, metric);
            st.setLong(4, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                int v = rs.getInt(1);
                return rs.wasNull() ? -1 : v;
            }
        }
    }

    public void sha256(String hex) {
        this.sha256 = hex;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insertMetric.executeBatch();
            pending = 0;
        }
    }

    void close() throws SQLException {
        upsertArch.close();
        findArch.close();
        insertMetric.close();
    }

    String spaces() {
        return String.join(",", spaces);
    }

    long rows() {
        return rows;
    }

    String sha() {
        return sha256;
    }

    private static void setNullableInt(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }
}
