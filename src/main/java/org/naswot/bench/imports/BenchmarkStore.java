package org.naswot.bench.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;

/**
 * SQLite store that every benchmark import lands in, in long format:
 * <ul>
 * <li>{@code sources(id, kind, space, path, sha256, imported_at, archs, rows)}</li>
 * <li>{@code archs(id, space, arch_key, arch_index, arch_str)}: arch_key is the benchmark's own identity
 * (the cell string for NATS, the module hash for NAS-Bench-101, the record index for NDS)</li>
 * <li>{@code metrics(arch_id, dataset, split, budget, seed, metric, value, source_id)}: split/budget NULL when
 * not applicable, seed NULL = mean over seeds. Metrics reference archs by id because arch keys are up to
 * 90 characters and the full NATS import has millions of rows.</li>
 * </ul>
 * Units are the same for every importer: accuracy in percent, params and flops in millions, latency and
 * train_time in seconds. Datasets are lower-case ({@code imagenet16-120}); splits keep the benchmark's names
 * (NATS: train, x-valid, x-test, ori-test).
 */
public final class BenchmarkStore implements AutoCloseable {
    public static final String FILE_NAME = "benchmarks.sqlite";

    /** Work done inside one import transaction. */
    @FunctionalInterface
    public interface ImportWork {
        void run(ImportBatch batch) throws Exception;
    }

    private final Path file;
    private final Connection db;

    private BenchmarkStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    public static BenchmarkStore openDefault(DataDirectory data) {
        return open(data.resolve(FILE_NAME));
    }

    public static BenchmarkStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection db;
            synchronized (org.naswot.common.SqliteNative.LOCK) {
                db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            }
            BenchmarkStore store = new BenchmarkStore(file, db);
            store.createSchema();
            return store;
        } catch (Exception e) {
            String explained = org.naswot.common.SqliteProblems.explain(file, "benchmark store", "point --data-dir "
                    + "(or $NASWOT_DATA) at a writable folder", e);
            throw new UserFacingException(explained != null ? explained
                    : "cannot open benchmark store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private void createSchema() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("CREATE TABLE IF NOT EXISTS sources(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, space TEXT, "
                    + "path TEXT NOT NULL, sha256 TEXT, imported_at TEXT NOT NULL, archs INTEGER, rows INTEGER)");
            st.execute("CREATE TABLE IF NOT EXISTS archs(id INTEGER PRIMARY KEY, space TEXT NOT NULL, "
                    + "arch_key TEXT NOT NULL, arch_index INTEGER, arch_str TEXT, UNIQUE(space, arch_key))");
            st.execute("CREATE INDEX IF NOT EXISTS archs_by_index ON archs(space, arch_index)");
            st.execute("CREATE TABLE IF NOT EXISTS metrics(arch_id INTEGER NOT NULL REFERENCES archs(id), "
                    + "dataset TEXT NOT NULL, split TEXT, budget INTEGER, seed INTEGER, metric TEXT NOT NULL, "
                    + "value REAL NOT NULL, source_id INTEGER NOT NULL REFERENCES sources(id))");
            // NULLs are distinct in a plain UNIQUE index; IFNULL makes a re-import replace instead of duplicate.
            st.execute("CREATE UNIQUE INDEX IF NOT EXISTS metrics_key ON metrics(arch_id, dataset, IFNULL(split, ''), "
                    + "IFNULL(budget, -1), IFNULL(seed, -1), metric)");
            st.execute("CREATE INDEX IF NOT EXISTS metrics_by_source ON metrics(source_id)");
        }
    }

    /**
     * Runs one import in a single transaction: on any failure nothing it wrote remains, so a truncated or
     * corrupt input leaves the store as it was. UserFacingExceptions pass through unchanged.
     */
    public synchronized ImportSummary importSource(String kind, Path path, ImportWork work) {
        String now = Instant.now().toString();
        try {
            db.setAutoCommit(false);
            long sourceId;
            try (PreparedStatement st = db.prepareStatement(
                    "INSERT INTO sources(kind, path, imported_at) VALUES (?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, kind);
                st.setString(2, path.toAbsolutePath().toString());
                st.setString(3, now);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    sourceId = keys.getLong(1);
                }
            }
            ImportBatch batch = new ImportBatch(db, sourceId);
            try {
                work.run(batch);
                batch.flush();
                if (batch.sha() == null) {
                    batch.sha256(ContentHash.of(path));
                }
            } finally {
                batch.close();
            }
            long archs = countArchs(sourceId);
            long rows = countRows(sourceId);
            try (PreparedStatement st = db.prepareStatement(
                    "UPDATE sources SET space = ?, sha256 = ?, archs = ?, rows = ? WHERE id = ?")) {
                st.setString(1, batch.spaces());
                st.setString(2, batch.sha());
                st.setLong(3, archs);
                st.setLong(4, rows);
                st.setLong(5, sourceId);
                st.executeUpdate();
            }
            db.commit();
            return new ImportSummary(kind, batch.spaces(), archs, rows, path.toAbsolutePath().toString(), batch.sha(),
                    now);
        } catch (UserFacingException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new UserFacingException("import of " + path + " failed: " + e.getMessage(), e);
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection already unusable; the next call reports it
            }
        }
    }

    private long countArchs(long sourceId) throws SQLException {
        return single("SELECT COUNT(DISTINCT arch_id) FROM metrics WHERE source_id = ?", sourceId);
    }

    /** Rows this source still owns (a later re-import of the same data takes rows over). */
    private long countRows(long sourceId) throws SQLException {
        return single("SELECT COUNT(*) FROM metrics WHERE source_id = ?", sourceId);
    }

    private long single(String sql, long arg) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setLong(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    /** One value; split/budget null = not applicable, seed null = mean over seeds. */
    public synchronized OptionalDouble value(String space, String archKey, String dataset, String split, Integer budget,
                                             Integer seed, String metric) {
        String sql = "SELECT m.value FROM metrics m JOIN archs a ON a.id = m.arch_id WHERE a.space = ? AND a.arch_key = ? "
                + "AND m.dataset = ? AND m.split IS ? AND m.budget IS ? AND m.seed IS ? AND m.metric = ?";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, space);
            st.setString(2, archKey);
            st.setString(3, dataset.toLowerCase(java.util.Locale.ROOT));
            st.setString(4, split);
            setNullable(st, 5, budget);
            setNullable(st, 6, seed);
            st.setString(7, metric);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? OptionalDouble.of(rs.getDouble(1)) : OptionalDouble.empty();
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
    }

    /** One metric of every architecture of a space (seed null = mean over seeds), by architecture key. */
    public synchronized Map<String, Double> column(String space, String dataset, String split, Integer budget,
                                                   Integer seed, String metric) {
        String sql = "SELECT a.arch_key, m.value FROM metrics m JOIN archs a ON a.id = m.arch_id WHERE a.space = ? "
                + "AND m.dataset = ? AND m.split IS ? AND m.budget IS ? AND m.seed IS ? AND m.metric = ?";
        Map<String, Double> out = new java.util.HashMap<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, space);
            st.setString(2, dataset.toLowerCase(java.util.Locale.ROOT));
            st.setString(3, split);
            setNullable(st, 4, budget);
            setNullable(st, 5, seed);
            st.setString(6, metric);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Every metric known for the architecture with this benchmark index, keyed
     * {@code dataset[/split][/budget][/seedN]/metric} (e.g. {@code cifar10/ori-test/200/accuracy}), sorted.
     */
    public synchronized Map<String, Double> allMetrics(String space, int archIndex) {
        String sql = "SELECT m.dataset, m.split, m.budget, m.seed, m.metric, m.value FROM metrics m "
                + "JOIN archs a ON a.id = m.arch_id WHERE a.space = ? AND a.arch_index = ?";
        Map<String, Double> out = new TreeMap<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, space);
            st.setInt(2, archIndex);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    StringBuilder key = new StringBuilder(rs.getString(1));
                    String split = rs.getString(2);
                    if (split != null) {
                        key.append('/').append(split);
                    }
                    int budget = rs.getInt(3);
                    if (!rs.wasNull()) {
                        key.append('/').append(budget);
                    }
                    int seed = rs.getInt(4);
                    if (!rs.wasNull()) {
                        key.append("/seed").append(seed);
                    }
                    key.append('/').append(rs.getString(5));
                    out.put(key.toString(), rs.getDouble(6));
                }
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Arch string registered for a benchmark index, if any. */
    public synchronized java.util.Optional<String> archString(String space, int archIndex) {
        try (PreparedStatement st = db.prepareStatement("SELECT arch_str FROM archs WHERE space = ? AND arch_index = ?")) {
            st.setString(1, space);
            st.setInt(2, archIndex);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Arch strings of every architecture of a space in index order (position = arch_index), for spaces whose
     * entries come only from an import (NDS). Empty when nothing of the space is imported.
     */
    public synchronized List<String> archStrings(String space) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT arch_index, arch_str FROM archs WHERE space = ? ORDER BY arch_index")) {
            st.setString(1, space);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) != out.size()) {
                        throw new UserFacingException(file + ": the imported " + space + " entries are not numbered "
                                + "0..n-1 (entry " + rs.getInt(1) + " where " + out.size() + " was expected); import "
                                + "the file again into a new data directory");
                    }
                    out.add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One seed-less metric of every architecture of a space, whatever its budget, by arch_index. */
    public synchronized Map<Integer, Double> metricByIndex(String space, String dataset, String split, String metric) {
        String sql = "SELECT a.arch_index, m.value FROM metrics m JOIN archs a ON a.id = m.arch_id WHERE a.space = ? "
                + "AND m.dataset = ? AND m.split IS ? AND m.seed IS NULL AND m.metric = ?";
        Map<Integer, Double> out = new java.util.HashMap<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, space);
            st.setString(2, dataset.toLowerCase(java.util.Locale.ROOT));
            st.setString(3, split);
            st.setString(4, metric);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Imports recorded so far, oldest first. */
    public synchronized List<ImportSummary> sources() {
        List<ImportSummary> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT kind, space, archs, rows, path, sha256, imported_at FROM sources ORDER BY id")) {
            while (rs.next()) {
                out.add(new ImportSummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new UserFacingException("cannot read benchmark store " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static void setNullable(PreparedStatement st, int i, Integer v) throws SQLException {
        if (v == null) {
            st.setNull(i, Types.INTEGER);
        } else {
            st.setInt(i, v);
        }
    }

    @Override
    public synchronized void close() {
        try {
            synchronized (org.naswot.common.SqliteNative.LOCK) {
                db.close();
            }
        } catch (SQLException ignored) {
            // closing twice or after a failure: nothing left to release
        }
    }
}
