package org.naswot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naswot.common.Version;

/** SQL for {@code sweeps}, {@code sweep_points} and {@code run_tags}. Not thread-safe: {@link ResultStore} serialises calls. */
final class SweepTable {

    private final Connection connection;

    SweepTable(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the sweep and its points in the caller's transaction; returns its id. */
    long insert(String gridJson, List<String> pointJsons, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sweeps (grid_json, status,"
                + " tool_version, started_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, gridJson);
            insert.setString(2, RunStatus.RUNNING.dbName());
            insert.setString(3, Version.current());
            insert.setString(4, Timestamps.format(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sweep_points (sweep_id, position, point_json) VALUES (?, ?, ?)")) {
            for (int i = 0; i < pointJsons.size(); i++) {
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, pointJsons.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    /** Returns whether the point exists. */
    boolean attachRun(long sweepId, int position, long runId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sweep_points SET run_id = ? WHERE sweep_id = ? AND position = ?")) {
            update.setLong(1, runId);
            update.setLong(2, sweepId);
            update.setInt(3, position);
            return update.executeUpdate() == 1;
        }
    }

    /** Returns whether the sweep exists. */
    boolean setStatus(long id, RunStatus status, Instant finishedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sweeps SET status = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, status.dbName());
            if (finishedAt == null) {
                update.setNull(2, Types.VARCHAR);
            } else {
                update.setString(2, Timestamps.format(finishedAt));
            }
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        }
    }

    void tag(long runId, String tag) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)")) {
            insert.setLong(1, runId);
            insert.setString(2, tag);
            insert.executeUpdate();
        }
    }

    void untag(long runId, String tag) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM run_tags WHERE run_id = ? AND tag = ?")) {
            delete.setLong(1, runId);
            delete.setString(2, tag);
            delete.executeUpdate();
        }
    }

    /** Every run's tags, by run id, each run's in alphabetical order. */
    java.util.Map<Long, List<String>> tags() throws SQLException {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id, tag FROM run_tags ORDER BY tag");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                out.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return out;
    }

    boolean delete(long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sweeps WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    /** The newest sweep of exactly this grid. */
    Optional<Long> latestWithGrid(String gridJson) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM sweeps WHERE grid_json = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, gridJson);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    Optional<SweepInfo> sweep(long id) throws SQLException {
        List<SweepInfo> found = query(" WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every sweep, oldest first. */
    List<SweepInfo> sweeps() throws SQLException {
        return query(" ORDER BY id");
    }

    private List<SweepInfo> query(String tail, Object... arguments) throws SQLException {
        List<SweepInfo> sweeps = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM sweeps" + tail)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    sweeps.add(new SweepInfo(id, rows.getString("grid_json"), RunStatus.fromDb(rows.getString("status")),
                            rows.getString("tool_version"), Timestamps.parse(rows.getString("started_at")),
                            Timestamps.parse(rows.getString("finished_at")), List.of()));
                }
            }
        }
        List<SweepInfo> withPoints = new ArrayList<>(sweeps.size());
        for (SweepInfo s : sweeps) {
            withPoints.add(new SweepInfo(s.id(), s.gridJson(), s.status(), s.toolVersion(), s.startedAt(),
                    s.finishedAt(), points(s.id())));
        }
        return withPoints;
    }

    private List<SweepInfo.Point> points(long sweepId) throws SQLException {
        List<SweepInfo.Point> points = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT position, point_json, run_id FROM sweep_points WHERE sweep_id = ? ORDER BY position")) {
            query.setLong(1, sweepId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int position = rows.getInt(1);
                    String json = rows.getString(2);
                    long run = rows.getLong(3);
                    points.add(new SweepInfo.Point(position, json, rows.wasNull() ? null : run));
                }
            }
        }
        return points;
    }
}
