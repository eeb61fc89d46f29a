package org.naswot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.naswot.common.Version;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.ScoringSettings;
import org.naswot.score.WeightSeeds;

/** SQL for {@code scoring_runs} and {@code scores}. Not thread-safe: {@link ResultStore} serialises calls. */
final class ScoringRunTable implements AutoCloseable {

    /**
     * The eleven settings columns, bound by {@link #bindSettings}: equal values mean reusable scores. The batch digest
     * is compared with IS, so a request without one matches only rows without one.
     */
    private static final String SETTINGS_MATCH = "r.space = ? AND r.dataset = ? AND r.input_kind = ? AND r.batch_size = ?"
            + " AND r.batch_seed = ? AND r.init_seed = ? AND r.relu_count = ? AND r.device = ? AND r.batch_digest IS ?"
            + " AND r.weight_seeds IS ? AND COALESCE(r.protocol, 'paper') = ?"
            + " AND r.scoring_version = " + ScoringSettings.SCORING_VERSION;

    private static final String RUN_COLUMNS = "r.id, r.space, r.dataset, r.input_kind, r.batch_size, r.batch_seed,"
            + " r.init_seed, r.relu_count, r.device, r.label, r.requested, r.tool_version, r.status, r.started_at,"
            + " r.finished_at, r.batch_digest, r.images, r.title, r.weight_seeds, r.protocol, (SELECT COUNT(*) FROM scores s WHERE s.run_id = r.id) AS scored";

    private static final String SCORE_COLUMNS = "r.space, s.arch_index, s.arch, s.score, s.relu_units, s.params, s.seconds";

    private final Connection connection;
    private PreparedStatement insertScore;

    ScoringRunTable(Connection connection) {
        this.connection = connection;
    }

    long insertRun(ScoringSettings settings, String label, Integer requested, String images, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scoring_runs (space, dataset,"
                + " input_kind, batch_size, batch_seed, init_seed, relu_count, device, batch_digest, weight_seeds,"
                + " protocol, images, label, requested, tool_version, status, started_at, scoring_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + ScoringSettings.SCORING_VERSION + ")",
                Statement.RETURN_GENERATED_KEYS)) {
            int next = bindSettings(insert, 1, settings);
            insert.setString(next++, images);
            insert.setString(next++, label);
            SqlValues.setNullableInt(insert, next++, requested);
            insert.setString(next++, Version.current());
            insert.setString(next++, RunStatus.RUNNING.dbName());
            insert.setString(next, Timestamps.format(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The newest run with these settings and label that has not finished. */
    Optional<Long> latestUnfinished(ScoringSettings settings, String label) throws SQLException {
        return latestRun(settings, " AND r.label IS ? AND r.status <> 'finished'", label);
    }

    Optional<Long> latestFinished(ScoringSettings settings) throws SQLException {
        return latestRun(settings, " AND r.status = 'finished'", null);
    }

    Optional<Long> latestFinished(ScoringSettings settings, String label) throws SQLException {
        return latestRun(settings, " AND r.label IS ? AND r.status = 'finished'", label);
    }

    private Optional<Long> latestRun(ScoringSettings settings, String condition, String label) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT r.id FROM scoring_runs r WHERE " + SETTINGS_MATCH + condition + " ORDER BY r.id DESC LIMIT 1")) {
            int next = bindSettings(query, 1, settings);
            if (condition.contains("?")) {
                query.setString(next, label);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Returns whether the run exists. */
    boolean rename(long runId, String title) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE scoring_runs SET title = ? WHERE id = ?")) {
            update.setString(1, title == null || title.isBlank() ? null : title.strip());
            update.setLong(2, runId);
            return update.executeUpdate() == 1;
        }
    }

    /** Deletes the run and (ON DELETE CASCADE) its scores; returns whether it existed. */
    boolean delete(long runId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scoring_runs WHERE id = ?")) {
            delete.setLong(1, runId);
            return delete.executeUpdate() == 1;
        }
    }

    /** Returns whether the run exists. */
    boolean setStatus(long runId, RunStatus status, Instant finishedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE scoring_runs SET status = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, status.dbName());
            update.setString(2, finishedAt == null ? null : Timestamps.format(finishedAt));
            update.setLong(3, runId);
            return update.executeUpdate() == 1;
        }
    }

    Optional<RunInfo> run(long runId) throws SQLException {
        List<RunInfo> found = queryRuns(" WHERE r.id = " + runId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    List<RunInfo> runs() throws SQLException {
        return queryRuns(" ORDER BY r.id");
    }

    private List<RunInfo> queryRuns(String tail) throws SQLException {
        List<RunInfo> runs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + RUN_COLUMNS + " FROM scoring_runs r" + tail)) {
            while (rows.next()) {
                ScoringSettings settings = new ScoringSettings(rows.getString("space"), rows.getString("dataset"),
                        InputKind.fromCli(rows.getString("input_kind")), rows.getInt("batch_size"),
                        rows.getLong("batch_seed"), rows.getLong("init_seed"),
                        ReluCounting.fromCli(rows.getString("relu_count")), rows.getString("device"),
                        rows.getString("batch_digest"), rows.getString("weight_seeds") == null ? WeightSeeds.INDEX
                                : WeightSeeds.fromCli(rows.getString("weight_seeds")),
                        rows.getString("protocol") == null ? ScoringProtocol.PAPER
                                : ScoringProtocol.fromCli(rows.getString("protocol")));
                runs.add(new RunInfo(rows.getLong("id"), settings, rows.getString("label"),
                        SqlValues.nullableInt(rows, "requested"), rows.getString("tool_version"),
                        RunStatus.fromDb(rows.getString("status")), Timestamps.parse(rows.getString("started_at")),
                        Timestamps.parse(rows.getString("finished_at")), rows.getLong("scored"),
                        rows.getString("images"), rows.getString("title")));
            }
        }
        return runs;
    }

    List<Long> runIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM scoring_runs ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** True when this owner now holds the claim: it was free, stale, or already this owner's. */
    boolean claim(String settingsKey, int archIndex, String owner, Instant now) throws SQLException {
        // one IMMEDIATE transaction (the connection's mode): the look and the write happen under the write lock
        connection.setAutoCommit(false);
        try {
            boolean mine = claimLocked(settingsKey, archIndex, owner, now);
            connection.commit();
            return mine;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private boolean claimLocked(String settingsKey, int archIndex, String owner, Instant now) throws SQLException {
        long pid = ProcessHandle.current().pid();
        String host = ProcessIdentity.CURRENT;
        try (PreparedStatement current = connection.prepareStatement(
                "SELECT owner, pid, host, claimed_at FROM claims WHERE settings_key = ? AND arch_index = ?")) {
            current.setString(1, settingsKey);
            current.setInt(2, archIndex);
            try (ResultSet rows = current.executeQuery()) {
                if (rows.next() && !rows.getString(1).equals(owner) && isLive(rows.getLong(2), rows.getString(3),
                        Timestamps.parse(rows.getString(4)), now)) {
                    return false;
                }
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO claims (settings_key, arch_index,"
                + " owner, pid, host, claimed_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (settings_key, arch_index)"
                + " DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host,"
                + " claimed_at = excluded.claimed_at")) {
            upsert.setString(1, settingsKey);
            upsert.setInt(2, archIndex);
            upsert.setString(3, owner);
            upsert.setLong(4, pid);
            upsert.setString(5, host);
            upsert.setString(6, Timestamps.format(now));
            upsert.executeUpdate();
        }
        return true;
    }

    void release(String settingsKey, int archIndex, String owner) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM claims WHERE settings_key = ? AND arch_index = ? AND owner = ?")) {
            delete.setString(1, settingsKey);
            delete.setInt(2, archIndex);
            delete.setString(3, owner);
            delete.executeUpdate();
        }
    }

    /**
     * A claim stays valid while its process lives (on this host: the same pid, start time and boot, see
     * {@link ProcessIdentity}) and for at most an hour.
     */
    private static boolean isLive(long pid, String host, Instant claimedAt, Instant now) {
        if (claimedAt == null || claimedAt.isBefore(now.minusSeconds(3600))) {
            return false;
        }
        return ProcessIdentity.isLive(pid, host);
    }

    /** Who holds the live claim of another owner on this architecture, for a note; empty when none does. */
    java.util.Optional<String> holder(String settingsKey, int archIndex, String owner, Instant now)
            throws SQLException {
        try (PreparedStatement current = connection.prepareStatement(
                "SELECT owner, pid, host, claimed_at FROM claims WHERE settings_key = ? AND arch_index = ?")) {
            current.setString(1, settingsKey);
            current.setInt(2, archIndex);
            try (ResultSet rows = current.executeQuery()) {
                if (rows.next() && !rows.getString(1).equals(owner) && isLive(rows.getLong(2), rows.getString(3),
                        Timestamps.parse(rows.getString(4)), now)) {
                    return java.util.Optional.of(ProcessIdentity.describe(rows.getLong(2), rows.getString(3))
                            + ", claimed " + rows.getString(4));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Auto-commit: the row is durable when this returns. A second score for the same index is ignored, unless the
     * stored row is of another architecture (an index of a re-imported NDS file): then the new one replaces it.
     */
    void insertScore(long runId, ScoreResult result, Instant now) throws SQLException {
        if (insertScore == null) {
            // prepared once: compiling the statement would otherwise be a noticeable share of each row's cost
            insertScore = connection.prepareStatement("INSERT INTO scores (run_id, arch_index, arch, score, singular,"
                    + " relu_units, params, seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (run_id, arch_index) DO UPDATE SET arch = excluded.arch, score = excluded.score,"
                    + " singular = excluded.singular, relu_units = excluded.relu_units, params = excluded.params,"
                    + " seconds = excluded.seconds, created_at = excluded.created_at WHERE scores.arch <> excluded.arch");
        }
        insertScore.setLong(1, runId);
        insertScore.setInt(2, result.index());
        insertScore.setString(3, result.arch());
        insertScore.setDouble(4, result.score());
        insertScore.setInt(5, result.singular() ? 1 : 0);
        insertScore.setLong(6, result.reluUnits());
        insertScore.setLong(7, result.params());
        insertScore.setDouble(8, result.seconds());
        insertScore.setString(9, Timestamps.format(now));
        insertScore.executeUpdate();
    }

    Set<Integer> scoredIndices(long runId) throws SQLException {
        Set<Integer> indices = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT arch_index FROM scores WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indices.add(rows.getInt(1));
                }
            }
        }
        return indices;
    }

    List<ScoreResult> scores(long runId) throws SQLException {
        List<ScoreResult> scores = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + SCORE_COLUMNS
                + " FROM scores s JOIN scoring_runs r ON r.id = s.run_id WHERE s.run_id = ? ORDER BY s.arch_index")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scores.add(readScore(rows));
                }
            }
        }
        return scores;
    }

    /**
     * Stored scores of every run with these settings, by architecture index. Rows of unfinished runs count
     * too (each row was committed whole); where runs disagree, a finished run and then the newest wins.
     * With {@code archIndex} set, only that architecture is looked up.
     */
    Map<Integer, ScoreResult> cachedScores(ScoringSettings settings, Integer archIndex) throws SQLException {
        Map<Integer, ScoreResult> scores = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + SCORE_COLUMNS
                + " FROM scores s JOIN scoring_runs r ON r.id = s.run_id WHERE " + SETTINGS_MATCH
                + (archIndex == null ? "" : " AND s.arch_index = ?")
                + " ORDER BY r.status = 'finished', r.id")) {
            int next = bindSettings(query, 1, settings);
            if (archIndex != null) {
                query.setInt(next, archIndex);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ScoreResult score = readScore(rows);
                    scores.put(score.index(), score); // later rows are preferred, see ORDER BY
                }
            }
        }
        return scores;
    }

    private static ScoreResult readScore(ResultSet rows) throws SQLException {
        return new ScoreResult(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getDouble(4),
                rows.getLong(5), rows.getLong(6), rows.getDouble(7));
    }

    private static int bindSettings(PreparedStatement statement, int first, ScoringSettings s) throws SQLException {
        int i = first;
        statement.setString(i++, s.space());
        statement.setString(i++, s.dataset());
        statement.setString(i++, s.input().cliName());
        statement.setInt(i++, s.batchSize());
        statement.setLong(i++, s.batchSeed());
        statement.setLong(i++, s.initSeed());
        statement.setString(i++, s.counting().cliName());
        statement.setString(i++, s.device());
        statement.setString(i++, s.batchDigest());
        statement.setString(i++, s.weightSeeds().cliName());
        statement.setString(i++, s.protocol().cliName());
        return i;
    }

    @Override
    public void close() throws SQLException {
        if (insertScore != null) {
            insertScore.close();
        }
    }
}
