package org.naswot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naswot.common.Version;

/** SQL for {@code search_runs} and {@code search_candidates}. Not thread-safe: {@link ResultStore} serialises calls. */
final class SearchRunTable {

    private final Connection connection;

    SearchRunTable(Connection connection) {
        this.connection = connection;
    }

    long insert(SearchSpec spec, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO search_runs (algorithm, space, dataset,"
                + " n, budget, budget_kind, seed, run_number, settings_json, tool_version, started_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, spec.algorithm().dbName());
            insert.setString(2, spec.space());
            insert.setString(3, spec.dataset());
            SqlValues.setNullableInt(insert, 4, spec.n());
            SqlValues.setNullableDouble(insert, 5, spec.budget());
            insert.setString(6, spec.budgetKind());
            insert.setLong(7, spec.seed());
            insert.setInt(8, spec.runNumber());
            insert.setString(9, spec.settingsJson());
            insert.setString(10, Version.current());
            insert.setString(11, Timestamps.format(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Returns whether the search run exists. */
    boolean finish(long id, SearchOutcome outcome, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE search_runs SET finished_at = ?,"
                + " chosen_index = ?, chosen_arch = ?, chosen_score = ?, accuracies_json = ?, seconds = ? WHERE id = ?")) {
            update.setString(1, Timestamps.format(now));
            update.setInt(2, outcome.chosenIndex());
            update.setString(3, outcome.chosenArch());
            SqlValues.setNullableDouble(update, 4, outcome.chosenScore());
            update.setString(5, outcome.accuraciesJson());
            update.setDouble(6, outcome.seconds());
            update.setLong(7, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Inserts in the caller's transaction. */
    void insertCandidates(long id, List<SearchCandidate> candidates) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_candidates (search_run_id, step, arch_index, score) VALUES (?, ?, ?, ?)")) {
            for (SearchCandidate candidate : candidates) {
                insert.setLong(1, id);
                insert.setInt(2, candidate.step());
                insert.setInt(3, candidate.archIndex());
                insert.setDouble(4, candidate.score());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    List<SearchCandidate> candidates(long id) throws SQLException {
        List<SearchCandidate> candidates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT step, arch_index, score FROM search_candidates WHERE search_run_id = ? ORDER BY step")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new SearchCandidate(rows.getInt(1), rows.getInt(2), rows.getDouble(3)));
                }
            }
        }
        return candidates;
    }

    Optional<SearchRunInfo> search(long id) throws SQLException {
        List<SearchRunInfo> found = query(" WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Null arguments match anything. */
    List<SearchRunInfo> searches(SearchAlgorithm algorithm, String space, String dataset) throws SQLException {
        return query(" WHERE (?1 IS NULL OR algorithm = ?1) AND (?2 IS NULL OR space = ?2)"
                + " AND (?3 IS NULL OR dataset = ?3) ORDER BY id", algorithm == null ? null : algorithm.dbName(),
                space, dataset);
    }

    private List<SearchRunInfo> query(String tail, Object... arguments) throws SQLException {
        List<SearchRunInfo> searches = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM search_runs" + tail)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    searches.add(read(rows));
                }
            }
        }
        return searches;
    }

    private static SearchRunInfo read(ResultSet rows) throws SQLException {
        SearchSpec spec = new SearchSpec(SearchAlgorithm.fromDb(rows.getString("algorithm")), rows.getString("space"),
                rows.getString("dataset"), SqlValues.nullableInt(rows, "n"), SqlValues.nullableDouble(rows, "budget"),
                rows.getString("budget_kind"), rows.getLong("seed"), rows.getInt("run_number"),
                rows.getString("settings_json"));
        String chosenArch = rows.getString("chosen_arch");
        SearchOutcome outcome = chosenArch == null ? null : new SearchOutcome(rows.getInt("chosen_index"), chosenArch,
                SqlValues.nullableDouble(rows, "chosen_score"), rows.getString("accuracies_json"),
                rows.getDouble("seconds"));
        return new SearchRunInfo(rows.getLong("id"), spec, rows.getString("tool_version"),
                Timestamps.parse(rows.getString("started_at")), Timestamps.parse(rows.getString("finished_at")),
                outcome);
    }
}
