package org.naswot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.naswot.score.ScoringSettings;

/** The {@code proxy_scores} table: one zero-cost proxy value per (scoring settings, architecture, proxy). */
final class ProxyScoreTable {
    private final Connection connection;

    /**
     * Version of the proxies' computation, beside the scoring settings in their key: raised when a change alters proxy
     * values but not NASWOT scores, so stored values of an older computation are never reused (the scores are).
     * 2: gradients flow through channel-padded convolutions, unpadded max pools and one-node DARTS cell outputs, which
     * DJL's duplicate() had detached (NAS-Bench-101, NDS and NB301 networks lost every weight before such a layer).
     * A protocol's own revision follows ({@link org.naswot.score.ScoringProtocol#proxyKeyRevision}).
     */
    static final int PROXIES_VERSION = 2;

    ProxyScoreTable(Connection connection) {
        this.connection = connection;
    }

    /** The settings' key text, and the proxies' version from 2 on (version 1 stored the bare key text). */
    static String key(ScoringSettings settings) {
        return settings.keyText() + "|proxies v" + PROXIES_VERSION + settings.protocol().proxyKeyRevision();
    }

    /** Stored values of one architecture by proxy id (NaN where the proxy was NaN); only for that architecture. */
    Map<String, Double> values(ScoringSettings settings, int archIndex, String arch) throws SQLException {
        Map<String, Double> out = new LinkedHashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT proxy, value FROM proxy_scores"
                + " WHERE settings_key = ? AND arch_index = ? AND arch = ? ORDER BY proxy")) {
            q.setString(1, key(settings));
            q.setInt(2, archIndex);
            q.setString(3, arch);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    double v = rows.getDouble(2);
                    // read before the proxy's name: wasNull speaks of the column read last (a stored NaN read back
                    // as 0.0 when the name was read in between)
                    double value = rows.wasNull() ? Double.NaN : v;
                    out.put(rows.getString(1), value);
                }
            }
        }
        return out;
    }

    /**
     * Every value stored under these settings, by architecture index and then proxy id (NaN where the proxy was NaN);
     * a value stored for another architecture at the same index (a re-imported file) is left out.
     *
     * @param archOf the architecture expected at each index; indices not in it are not read
     */
    Map<Integer, Map<String, Double>> values(ScoringSettings settings, Map<Integer, String> archOf)
            throws SQLException {
        Map<Integer, Map<String, Double>> out = new LinkedHashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT arch_index, arch, proxy, value FROM proxy_scores"
                + " WHERE settings_key = ? ORDER BY arch_index, proxy")) {
            q.setString(1, key(settings));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt(1);
                    if (rows.getString(2).equals(archOf.get(index))) {
                        String proxy = rows.getString(3);
                        double v = rows.getDouble(4);
                        // wasNull speaks of the column read last: the value
                        double value = rows.wasNull() ? Double.NaN : v;
                        out.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(proxy, value);
                    }
                }
            }
        }
        return out;
    }

    /** Auto-commit; a value for another architecture at the same index (a re-imported file) is replaced. */
    void put(ScoringSettings settings, int archIndex, String arch, String proxy, double value, double seconds,
             Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO proxy_scores (settings_key,"
                + " arch_index, arch, proxy, value, seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (settings_key, arch_index, proxy) DO UPDATE SET arch = excluded.arch,"
                + " value = excluded.value, seconds = excluded.seconds, created_at = excluded.created_at")) {
            insert.setString(1, key(settings));
            insert.setInt(2, archIndex);
            insert.setString(3, arch);
            insert.setString(4, proxy);
            // SQLite keeps infinities (synflow of a cell with no path) but turns NaN into NULL
            if (!Double.isNaN(value)) {
                insert.setDouble(5, value);
            } else {
                insert.setNull(5, Types.REAL);
            }
            insert.setDouble(6, seconds);
            insert.setString(7, Timestamps.format(now));
            insert.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM proxy_failures"
                + " WHERE settings_key = ? AND arch_index = ? AND proxy = ?")) {
            delete.setString(1, key(settings));
            delete.setInt(2, archIndex);
            delete.setString(3, proxy);
            delete.executeUpdate();
        }
    }

    /** Records a failure (auto-commit), replacing an earlier one of the same proxy and architecture. */
    void putFailure(ScoringSettings settings, int archIndex, String arch, String proxy, String message, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO proxy_failures (settings_key,"
                + " arch_index, arch, proxy, message, failed_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (settings_key, arch_index, proxy) DO UPDATE SET arch = excluded.arch,"
                + " message = excluded.message, failed_at = excluded.failed_at")) {
            insert.setString(1, key(settings));
            insert.setInt(2, archIndex);
            insert.setString(3, arch);
            insert.setString(4, proxy);
            insert.setString(5, message);
            insert.setString(6, Timestamps.format(now));
            insert.executeUpdate();
        }
    }

    /** The recorded failures under these settings, by architecture index and then proxy id: their messages. */
    Map<Integer, Map<String, String>> failures(ScoringSettings settings) throws SQLException {
        Map<Integer, Map<String, String>> out = new LinkedHashMap<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT arch_index, proxy, message FROM proxy_failures"
                + " WHERE settings_key = ? ORDER BY arch_index, proxy")) {
            q.setString(1, key(settings));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    out.computeIfAbsent(rows.getInt(1), i -> new LinkedHashMap<>()).put(rows.getString(2),
                            rows.getString(3));
                }
            }
        }
        return out;
    }
}
