package org.naswot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * Layout of the results database: one SQLite file (default {@code ~/.local/share/naswot/results.sqlite})
 * that Python can read with {@code sqlite3} or {@code pandas.read_sql}.
 *
 * <h2>Versioning</h2>
 * {@code PRAGMA user_version} holds the schema version (currently 8) and {@code PRAGMA application_id}
 * holds 0x4E415357 ("NASW"). Opening a file for writing creates or upgrades the schema; a file from a
 * newer version of the tool is refused. The file is in WAL journal mode, so readers (the GUI, Python)
 * can read while a run writes.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Times are UTC ISO-8601 text with milliseconds, e.g. {@code 2025-01-31T12:00:00.123Z}
 *   ({@code pd.to_datetime(df.started_at)}).</li>
 *   <li>A singular kernel's score is stored as the IEEE value -Infinity in the REAL column {@code score}
 *   (Python reads it as {@code float('-inf')}, so sorting and {@code max()} behave), and flagged by
 *   {@code singular = 1}. Scores are never NULL.</li>
 * </ul>
 *
 * <h2>scoring_runs: one row per {@code naswot score} invocation</h2>
 * <pre>
 * id            INTEGER PRIMARY KEY AUTOINCREMENT   never reused after a delete (schema 5; before, the
 *                                  highest id was given again once its run was deleted)
 * space         TEXT NOT NULL      search space id, e.g. 'nb201'
 * dataset       TEXT NOT NULL      'cifar10', 'cifar100', 'ImageNet16-120', ...
 * input_kind    TEXT NOT NULL      'dataset' or 'noise'
 * batch_size    INTEGER NOT NULL
 * batch_seed    INTEGER NOT NULL   seed of the mini-batch draw
 * init_seed     INTEGER NOT NULL   base seed of weight initialisation
 * relu_count    TEXT NOT NULL      'reference' (as the paper's code) or 'once'
 * device        TEXT NOT NULL      'cpu', 'gpu', 'gpu:N'
 * batch_digest  TEXT               SHA-256 of the scored batch (shape + float32 values); NULL in runs
 *                                  stored by schema 1, whose scores are then not reused for new requests
 * images        TEXT               where the batch came from, e.g. 'cifar10, 128 images from the NB201
 *                                  train split, seed 1 (built-in: 4,000 of 50,000 CIFAR-10 training
 *                                  images)'; 'built-in' marks the application's own image pack
 * scoring_version INTEGER          version of the computation (ScoringSettings.SCORING_VERSION); NULL
 *                                  in schema-1 runs, which are then not reused
 * weight_seeds  TEXT               what each architecture's weight seed derives from: 'architecture' (its
 *                                  canonical form) or 'index' (the benchmark index); NULL in runs stored before
 *                                  schema 4, which used the index
 * protocol      TEXT               'paper' or 'vkdnw' (ScoringProtocol: initialisation, noise input); NULL in
 *                                  runs stored before schema 8, which followed the paper's
 * title         TEXT               the user's name for the run (the window's Rename); NULL until named
 * tool_version  TEXT NOT NULL
 * label         TEXT               command line or user label
 * requested     INTEGER            architectures requested; NULL when unknown
 * status        TEXT NOT NULL      'running', 'finished', 'interrupted', 'cancelled'
 * started_at    TEXT NOT NULL
 * finished_at   TEXT               NULL while running and after an interruption
 * </pre>
 * A run killed without warning (kill -9, power loss) stays 'running'. The nine columns space ..
 * batch_digest, with weight_seeds, protocol and scoring_version, are the scoring settings: equal settings give equal scores, so rerunning a command resumes its
 * unfinished run, and scores are reused across runs with equal settings.
 *
 * <h2>scores: one row per scored architecture, committed as soon as it is scored</h2>
 * <pre>
 * run_id        INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE
 * arch_index    INTEGER NOT NULL   the benchmark's index of the architecture
 * arch          TEXT NOT NULL      canonical encoding, e.g. an NB201 arch string
 * score         REAL NOT NULL      log|det K|; -Infinity when K is singular
 * singular      INTEGER NOT NULL   1 when K is singular, else 0
 * relu_units    INTEGER NOT NULL   ReLU units counted per image (K's diagonal)
 * params        INTEGER NOT NULL   trainable parameters
 * seconds       REAL NOT NULL      wall time to build, initialise and score
 * created_at    TEXT NOT NULL
 * UNIQUE (run_id, arch_index)
 * </pre>
 *
 * <h2>claims: architectures being scored right now</h2>
 * <pre>
 * settings_key  TEXT NOT NULL      SHA-256 of the scoring settings (ScoringSettings.keyText)
 * arch_index    INTEGER NOT NULL
 * owner         TEXT NOT NULL      the claiming process's run (random id)
 * pid, host                        the claiming process: pid, and in host "hostname|boot-id|start-millis" (older
 *                                  rows: the host name alone); a claim of a process that is gone, or whose pid now
 *                                  belongs to a process started at another time or in another boot (a container's
 *                                  PID 1 after a kill -9), is stale (ProcessIdentity)
 * claimed_at    TEXT NOT NULL      a claim older than an hour is stale too
 * PRIMARY KEY (settings_key, arch_index)
 * </pre>
 * Two processes scoring with equal settings split the work: each claims an architecture before scoring it and
 * skips (then collects from the store) what the other claimed. The claim is removed once the score is stored.
 *
 * <h2>search_runs: one row per search (NASWOT, REA, AREA, random)</h2>
 * <pre>
 * id              INTEGER PRIMARY KEY
 * algorithm       TEXT NOT NULL    'naswot', 'rea', 'area', 'random'
 * space           TEXT NOT NULL
 * dataset         TEXT NOT NULL
 * n               INTEGER          sample size N; NULL when the algorithm has none
 * budget          REAL             NULL when N is the only limit
 * budget_kind     TEXT             unit of budget, e.g. 'seconds', 'evaluations'
 * seed            INTEGER NOT NULL
 * run_number      INTEGER NOT NULL repetition number within an experiment (0-based)
 * settings_json   TEXT             every other setting, a JSON object
 * tool_version    TEXT NOT NULL
 * started_at      TEXT NOT NULL
 * finished_at     TEXT             NULL until the search finished
 * chosen_index    INTEGER          the architecture the search picked
 * chosen_arch     TEXT
 * chosen_score    REAL             its NASWOT score (-Infinity when singular); NULL for REA / random
 * accuracies_json TEXT             its benchmark accuracies, a JSON object
 * seconds         REAL             wall time of the search
 * </pre>
 *
 * <h2>search_candidates: the architectures a search looked at</h2>
 * <pre>
 * search_run_id INTEGER NOT NULL REFERENCES search_runs(id) ON DELETE CASCADE
 * step          INTEGER NOT NULL   position in the search's sequence (0-based)
 * arch_index    INTEGER NOT NULL
 * score         REAL NOT NULL      what the algorithm ranked it by: NASWOT score (naswot, AREA's pool)
 *                                  or validation accuracy (rea, random); -Infinity allowed
 * PRIMARY KEY (search_run_id, step)
 * </pre>
 *
 * <h2>proxy_scores: zero-cost proxies computed by score-space --proxies (schema 3)</h2>
 * <pre>
 * settings_key TEXT NOT NULL      ScoringSettings.keyText(): space, dataset, input, batch, seeds, device, batch digest,
 *                                 scoring version; the proxies ran on the same batch and weight seed as the score;
 *                                 then "|proxies v2" (ProxyScoreTable.PROXIES_VERSION; bare key text: version 1)
 * arch_index   INTEGER NOT NULL
 * arch         TEXT NOT NULL      the architecture's encoding (a value is reused only for the same architecture)
 * proxy        TEXT NOT NULL      proxy id, e.g. synflow
 * value        REAL               NULL when the proxy is NaN (infinities are kept)
 * seconds      REAL NOT NULL
 * created_at   TEXT NOT NULL
 * PRIMARY KEY (settings_key, arch_index, proxy)
 * </pre>
 *
 * <h2>proxy_failures: proxies that failed on an architecture (schema 6)</h2>
 * <pre>
 * settings_key TEXT NOT NULL      as in proxy_scores
 * arch_index   INTEGER NOT NULL
 * arch         TEXT NOT NULL
 * proxy        TEXT NOT NULL
 * message      TEXT NOT NULL      what it threw (e.g. an out-of-memory)
 * failed_at    TEXT NOT NULL      the last failure
 * PRIMARY KEY (settings_key, arch_index, proxy)
 * </pre>
 * A failure is not a result: it never enters proxy_scores, the next run computes the proxy again (and deletes this row
 * once a value is stored), and the window shows the value as missing. A NULL value in proxy_scores is a value that is
 * mathematically undefined (NaN), which a rerun would compute again the same.
 * <h2>sweeps: one row per sweep, a grid of scoring settings run one point after another (schema 7)</h2>
 * <pre>
 * id            INTEGER PRIMARY KEY AUTOINCREMENT
 * grid_json     TEXT NOT NULL      the grid as asked, a JSON object (spaces, dataset, sample, seeds, batch sizes,
 *                                  counting modes, inputs, device); the same grid asked again continues this sweep
 * status        TEXT NOT NULL      'running', 'finished', 'interrupted', 'cancelled' (as scoring_runs.status)
 * tool_version  TEXT NOT NULL
 * started_at    TEXT NOT NULL
 * finished_at   TEXT               NULL until every point's run finished
 * </pre>
 *
 * <h2>sweep_points: the grid's points, in the order they run</h2>
 * <pre>
 * sweep_id      INTEGER NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE
 * position      INTEGER NOT NULL   0-based order of execution
 * point_json    TEXT NOT NULL      this point's settings, a JSON object (space, input, relu_count, batch_size, seed)
 * run_id        INTEGER            the scoring run of this point once it has one; NULL before (and after that run
 *                                  was deleted: the point is then scored again)
 * PRIMARY KEY (sweep_id, position)
 * </pre>
 *
 * <h2>run_tags: the user's tags of scoring runs (schema 7)</h2>
 * <pre>
 * run_id        INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE
 * tag           TEXT NOT NULL      e.g. 'baseline'; a sweep's runs get 'sweep N'
 * PRIMARY KEY (run_id, tag)
 * </pre>
 *
 * <h2>Example (Python)</h2>
 * <pre>
 * import sqlite3, pandas as pd
 * con = sqlite3.connect("results.sqlite")
 * df = pd.read_sql("SELECT s.*, r.dataset FROM scores s JOIN scoring_runs r ON r.id = s.run_id", con)
 * </pre>
 */
final class StoreSchema {

    static final int CURRENT_VERSION = 8;

    /** scoring_runs' columns in schema 4, in the order schema 5 declares them (named: ALTERs appended them). */
    private static final String RUN_COLUMNS_V4 = "id, space, dataset, input_kind, batch_size, batch_seed, init_seed,"
            + " relu_count, device, tool_version, label, requested, status, started_at, finished_at, batch_digest,"
            + " images, scoring_version, title, weight_seeds";
    static final int APPLICATION_ID = 0x4E415357;

    /** Index i upgrades a database from version i to i + 1; append, never edit, once released. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE scoring_runs (
                id           INTEGER PRIMARY KEY,
                space        TEXT    NOT NULL,
                dataset      TEXT    NOT NULL,
                input_kind   TEXT    NOT NULL,
                batch_size   INTEGER NOT NULL,
                batch_seed   INTEGER NOT NULL,
                init_seed    INTEGER NOT NULL,
                relu_count   TEXT    NOT NULL,
                device       TEXT    NOT NULL,
                tool_version TEXT    NOT NULL,
                label        TEXT,
                requested    INTEGER,
                status       TEXT    NOT NULL,
                started_at   TEXT    NOT NULL,
                finished_at  TEXT
            )""",
            """
            CREATE TABLE scores (
                run_id     INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE,
                arch_index INTEGER NOT NULL,
                arch       TEXT    NOT NULL,
                score      REAL    NOT NULL,
                singular   INTEGER NOT NULL CHECK (singular IN (0, 1)),
                relu_units INTEGER NOT NULL,
                params     INTEGER NOT NULL,
                seconds    REAL    NOT NULL,
                created_at TEXT    NOT NULL,
                UNIQUE (run_id, arch_index)
            )""",
            """
            CREATE TABLE search_runs (
                id              INTEGER PRIMARY KEY,
                algorithm       TEXT    NOT NULL,
                space           TEXT    NOT NULL,
                dataset         TEXT    NOT NULL,
                n               INTEGER,
                budget          REAL,
                budget_kind     TEXT,
                seed            INTEGER NOT NULL,
                run_number      INTEGER NOT NULL,
                settings_json   TEXT,
                tool_version    TEXT    NOT NULL,
                started_at      TEXT    NOT NULL,
                finished_at     TEXT,
                chosen_index    INTEGER,
                chosen_arch     TEXT,
                chosen_score    REAL,
                accuracies_json TEXT,
                seconds         REAL
            )""",
            """
            CREATE TABLE search_candidates (
                search_run_id INTEGER NOT NULL REFERENCES search_runs(id) ON DELETE CASCADE,
                step          INTEGER NOT NULL,
                arch_index    INTEGER NOT NULL,
                score         REAL    NOT NULL,
                PRIMARY KEY (search_run_id, step)
            )""",
            "CREATE INDEX search_runs_by_experiment ON search_runs (algorithm, space, dataset)"),
            // 1 -> 2: the batch is identified by its content, and where its images came from is recorded
            List.of("ALTER TABLE scoring_runs ADD COLUMN batch_digest TEXT",
                    "ALTER TABLE scoring_runs ADD COLUMN images TEXT",
                    "ALTER TABLE scoring_runs ADD COLUMN scoring_version INTEGER",
                    "ALTER TABLE scoring_runs ADD COLUMN title TEXT",
                    """
                    CREATE TABLE claims (
                        settings_key TEXT    NOT NULL,
                        arch_index   INTEGER NOT NULL,
                        owner        TEXT    NOT NULL,
                        pid          INTEGER NOT NULL,
                        host         TEXT    NOT NULL,
                        claimed_at   TEXT    NOT NULL,
                        PRIMARY KEY (settings_key, arch_index)
                    )"""),
            // 2 -> 3: zero-cost proxies stored per architecture and proxy, so score-space --proxies resumes
            List.of("""
                    CREATE TABLE proxy_scores (
                        settings_key TEXT    NOT NULL,
                        arch_index   INTEGER NOT NULL,
                        arch         TEXT    NOT NULL,
                        proxy        TEXT    NOT NULL,
                        value        REAL,
                        seconds      REAL    NOT NULL,
                        created_at   TEXT    NOT NULL,
                        PRIMARY KEY (settings_key, arch_index, proxy)
                    )"""),
            // 3 -> 4: weight seeds by the architecture's canonical form (scoring version 3), the rule recorded per run
            List.of("ALTER TABLE scoring_runs ADD COLUMN weight_seeds TEXT"),
            // 4 -> 5: run ids are never reused after a delete (AUTOINCREMENT), so a figure or CSV that says "run 9"
            // keeps naming one run. SQLite cannot add AUTOINCREMENT in place: both tables are copied out and back.
            // scores goes first, so dropping scoring_runs finds no referencing table to cascade into.
            List.of("CREATE TABLE scoring_runs_v4 AS SELECT * FROM scoring_runs",
                    "CREATE TABLE scores_v4 AS SELECT * FROM scores",
                    "DROP TABLE scores",
                    "DROP TABLE scoring_runs",
                    """
                    CREATE TABLE scoring_runs (
                        id              INTEGER PRIMARY KEY AUTOINCREMENT,
                        space           TEXT    NOT NULL,
                        dataset         TEXT    NOT NULL,
                        input_kind      TEXT    NOT NULL,
                        batch_size      INTEGER NOT NULL,
                        batch_seed      INTEGER NOT NULL,
                        init_seed       INTEGER NOT NULL,
                        relu_count      TEXT    NOT NULL,
                        device          TEXT    NOT NULL,
                        tool_version    TEXT    NOT NULL,
                        label           TEXT,
                        requested       INTEGER,
                        status          TEXT    NOT NULL,
                        started_at      TEXT    NOT NULL,
                        finished_at     TEXT,
                        batch_digest    TEXT,
                        images          TEXT,
                        scoring_version INTEGER,
                        title           TEXT,
                        weight_seeds    TEXT
                    )""",
                    "INSERT INTO scoring_runs SELECT " + RUN_COLUMNS_V4 + " FROM scoring_runs_v4",
                    """
                    CREATE TABLE scores (
                        run_id     INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE,
                        arch_index INTEGER NOT NULL,
                        arch       TEXT    NOT NULL,
                        score      REAL    NOT NULL,
                        singular   INTEGER NOT NULL CHECK (singular IN (0, 1)),
                        relu_units INTEGER NOT NULL,
                        params     INTEGER NOT NULL,
                        seconds    REAL    NOT NULL,
                        created_at TEXT    NOT NULL,
                        UNIQUE (run_id, arch_index)
                    )""",
                    "INSERT INTO scores SELECT run_id, arch_index, arch, score, singular, relu_units, params, seconds,"
                            + " created_at FROM scores_v4",
                    "DROP TABLE scores_v4",
                    "DROP TABLE scoring_runs_v4"),
            // 5 -> 6: a proxy's failure is recorded with its message, apart from the values (a failure is not a result)
            List.of("""
                    CREATE TABLE proxy_failures (
                        settings_key TEXT    NOT NULL,
                        arch_index   INTEGER NOT NULL,
                        arch         TEXT    NOT NULL,
                        proxy        TEXT    NOT NULL,
                        message      TEXT    NOT NULL,
                        failed_at    TEXT    NOT NULL,
                        PRIMARY KEY (settings_key, arch_index, proxy)
                    )"""),
            // 6 -> 7: sweeps, grids of scoring settings whose points are ordinary scoring runs
            List.of("""
                    CREATE TABLE sweeps (
                        id           INTEGER PRIMARY KEY AUTOINCREMENT,
                        grid_json    TEXT    NOT NULL,
                        status       TEXT    NOT NULL,
                        tool_version TEXT    NOT NULL,
                        started_at   TEXT    NOT NULL,
                        finished_at  TEXT
                    )""",
                    """
                    CREATE TABLE sweep_points (
                        sweep_id   INTEGER NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
                        position   INTEGER NOT NULL,
                        point_json TEXT    NOT NULL,
                        run_id     INTEGER REFERENCES scoring_runs(id) ON DELETE SET NULL,
                        PRIMARY KEY (sweep_id, position)
                    )""",
                    """
                    CREATE TABLE run_tags (
                        run_id INTEGER NOT NULL REFERENCES scoring_runs(id) ON DELETE CASCADE,
                        tag    TEXT    NOT NULL,
                        PRIMARY KEY (run_id, tag)
                    )"""),
            // 7 -> 8: the protocol a run followed (ScoringProtocol); NULL in older rows means the paper's
            List.of("ALTER TABLE scoring_runs ADD COLUMN protocol TEXT"));

    private StoreSchema() {
    }

    /** Creates or upgrades the schema; the connection must be writable and in auto-commit mode. */
    static void migrate(Connection connection, Path file) throws SQLException {
        migrate(connection, file, CURRENT_VERSION);
    }

    /** Creates or upgrades the schema up to {@code target} (tests build files of older versions with it). */
    static void migrate(Connection connection, Path file, int target) throws SQLException {
        if (checkedVersion(connection, file) >= target) {
            return;
        }
        // BEGIN IMMEDIATE (the connection's transaction mode): two processes opening a fresh file at once
        // must not both create the tables, so the version is read again under the write lock.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int version = checkedVersion(connection, file);
            if (version == 0) {
                requireNoForeignTables(connection, file);
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            for (int v = version; v < target; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + Math.max(version, target));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Refuses, without writing anything, a file that belongs to another program or a newer version: called before
     * the journal mode is switched to WAL, so a refused file is left exactly as it was.
     */
    static void checkOwnership(Connection connection, Path file) throws SQLException {
        if (checkedVersion(connection, file) == 0) {
            requireNoForeignTables(connection, file);
        }
    }

    /** For read-only connections, which cannot upgrade: the file must already have the current schema. */
    static void requireCurrent(Connection connection, Path file) throws SQLException {
        int version = checkedVersion(connection, file);
        if (version == 0) {
            throw new UserFacingException(file + " holds no NASWOT results (empty or never opened for writing)");
        }
        if (version < CURRENT_VERSION) {
            throw new UserFacingException(file + " uses results schema " + version
                    + "; run any naswot command that writes to it once to upgrade it to schema " + CURRENT_VERSION);
        }
    }

    /** The file's schema version, after refusing files that belong to other programs or newer versions. */
    private static int checkedVersion(Connection connection, Path file) throws SQLException {
        int applicationId = pragmaInt(connection, "application_id");
        if (applicationId != 0 && applicationId != APPLICATION_ID) {
            throw new UserFacingException(file + " is an SQLite database of another program (application_id "
                    + applicationId + "), not a NASWOT results database");
        }
        int version = pragmaInt(connection, "user_version");
        if (version > CURRENT_VERSION) {
            throw new UserFacingException(file + " was written by a newer NASWOT Explorer (results schema " + version
                    + ", this version reads up to " + CURRENT_VERSION + "); update the tool");
        }
        return version;
    }

    private static void requireNoForeignTables(Connection connection, Path file) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (!tables.isEmpty()) {
            throw new UserFacingException(file + " already holds tables " + String.join(", ", tables)
                    + " and is not a NASWOT results database; choose another file");
        }
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
