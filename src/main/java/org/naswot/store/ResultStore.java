package org.naswot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringSettings;
import org.sqlite.SQLiteConfig;

/**
 * The results database: scoring runs with their per-architecture scores, and search runs. See
 * {@link StoreSchema} for the tables.
 *
 * <p>Every score is committed on its own as soon as it is added (synchronous=FULL in WAL mode), so a run
 * that is interrupted, killed or loses power loses at most the architecture it was scoring. One store
 * serialises its callers, so any thread may use it; other processes and the GUI read through their own
 * {@link #openReadOnly} store while a run writes.
 */
public final class ResultStore implements AutoCloseable {

    /** How long a statement waits for another process's write lock before failing. */
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final ScoringRunTable scoringRuns;
    private final SearchRunTable searchRuns;
    private final ProxyScoreTable proxyScores;
    private final SweepTable sweepTable;

    private ResultStore(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.scoringRuns = new ScoringRunTable(connection);
        this.searchRuns = new SearchRunTable(connection);
        this.proxyScores = new ProxyScoreTable(connection);
        this.sweepTable = new SweepTable(connection);
    }

    /** $XDG_DATA_HOME/naswot/results.sqlite, by default ~/.local/share/naswot/results.sqlite. */
    public static Path defaultLocation() {
        return DataDirectory.userDataHome().resolve("results.sqlite");
    }

    /** Opens the file for reading and writing, creating it, its folder and its tables as needed. */
    public static ResultStore open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new UserFacingException("results database " + absolute + " is a folder; give a file name");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UserFacingException("cannot create the folder of results database " + absolute + ": " + e, e);
        }
        boolean created = !Files.exists(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // FULL fsyncs the WAL at each commit: NORMAL would survive kill -9 but could lose the last
        // commits on power loss, and an fsync is small next to scoring one architecture.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Write transactions take the lock at BEGIN, so two writers queue instead of deadlocking.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = connect(absolute, config);
        try {
            // ownership first, WAL after: another program's file is refused unchanged
            StoreSchema.checkOwnership(connection, absolute);
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
            }
            StoreSchema.migrate(connection, absolute);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (created) {
                deleteWithSideFiles(absolute);
            }
            throw e instanceof SQLException sql ? failure(absolute, sql) : (RuntimeException) e;
        }
        return new ResultStore(absolute, connection, false);
    }

    private static void deleteWithSideFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // best effort: an empty database left behind is harmless
            }
        }
    }

    /** Opens an existing file for reading only, e.g. for the GUI while a command-line run writes it. */
    public static ResultStore openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new UserFacingException("no results database at " + absolute);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Path folder = absolute.getParent();
        boolean readOnlyMedia = folder != null && !Files.isWritable(folder)
                && !Files.exists(Path.of(absolute + "-shm"));
        // on read-only media a WAL database cannot get its -shm file: read it as an immutable file instead
        Connection connection = readOnlyMedia ? connectImmutable(absolute, config) : connect(absolute, config);
        try {
            StoreSchema.requireCurrent(connection, absolute);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof SQLException sql ? failure(absolute, sql) : (RuntimeException) e;
        }
        return new ResultStore(absolute, connection, true);
    }

    /** Opens a file no process writes, without the WAL index: for databases on read-only media. */
    static Connection connectImmutable(Path file, SQLiteConfig config) {
        return sql(file, () -> {
            synchronized (org.naswot.common.SqliteNative.LOCK) {
                return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
            }
        });
    }

    private static Connection connect(Path file, SQLiteConfig config) {
        return sql(file, () -> {
            synchronized (org.naswot.common.SqliteNative.LOCK) {
                return config.createConnection("jdbc:sqlite:" + file);
            }
        });
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return readOnly;
    }

    // ---- scoring runs ------------------------------------------------------------------------------

    /** Records a new run with status running and returns its id. */
    public synchronized long startRun(ScoringSettings settings, String label, Integer requested) {
        return startRun(settings, label, requested, null);
    }

    /** @param images where the batch's images came from (provenance; "built-in" marks the built-in pack), or null */
    public synchronized long startRun(ScoringSettings settings, String label, Integer requested, String images) {
        requireWritable();
        Objects.requireNonNull(settings, "settings");
        return sql(() -> scoringRuns.insertRun(settings, label, requested, images, Instant.now()));
    }

    /**
     * The newest run with equal settings and label (null matches null) that has not finished: running
     * (possibly killed), interrupted or cancelled. Rerunning the same command continues it.
     */
    public synchronized Optional<Long> findResumableRun(ScoringSettings settings, String label) {
        return sql(() -> scoringRuns.latestUnfinished(settings, label));
    }

    /** Marks a run found by {@link #findResumableRun} as running again. */
    public synchronized void resumeRun(long runId) {
        setStatus(runId, RunStatus.RUNNING);
    }

    /** Names a run (shown instead of its command line); a blank title removes the name. */
    public synchronized void renameRun(long runId, String title) {
        requireWritable();
        sqlDo(() -> {
            if (!scoringRuns.rename(runId, title)) {
                throw unknownRun(runId);
            }
        });
    }

    /** Deletes a run and its scores (other runs' scores are untouched, so nothing they reuse is lost). */
    public synchronized void deleteRun(long runId) {
        requireWritable();
        sqlDo(() -> {
            if (!scoringRuns.delete(runId)) {
                throw unknownRun(runId);
            }
        });
    }

    /** The newest finished run with equal settings and label: the same request asked again. */
    public synchronized Optional<Long> findFinishedRun(ScoringSettings settings, String label) {
        return sql(() -> scoringRuns.latestFinished(settings, label));
    }

    /** The newest finished run with equal settings, whose scores can stand in for a new run's. */
    public synchronized Optional<Long> findRunWithSettings(ScoringSettings settings) {
        return sql(() -> scoringRuns.latestFinished(settings));
    }

    /**
     * A stored score of this architecture under equal settings, from any run: each row was committed
     * whole, so rows of unfinished runs are as good as finished ones. Prefers finished, then newer runs.
     */
    public synchronized Optional<ScoreResult> cachedScore(ScoringSettings settings, int archIndex) {
        return sql(() -> Optional.ofNullable(scoringRuns.cachedScores(settings, archIndex).get(archIndex)));
    }

    /** {@link #cachedScore} for every stored architecture at once, by index: one query for a whole space. */
    public synchronized Map<Integer, ScoreResult> cachedScores(ScoringSettings settings) {
        return sql(() -> scoringRuns.cachedScores(settings, null));
    }

    /**
     * Commits one score; it is on disk when this returns. The row's space is the run's. Adding a second
     * score for an architecture already in the run keeps the first (scores under equal settings are equal).
     */
    public synchronized void addScore(long runId, ScoreResult result) {
        requireWritable();
        if (result.index() < 0) {
            throw new IllegalArgumentException("architecture " + result.arch()
                    + " has no benchmark index; scoring runs store indexed architectures only");
        }
        if (Double.isNaN(result.score())) {
            throw new IllegalArgumentException("score of architecture " + result.index() + " is NaN");
        }
        sqlDo(() -> scoringRuns.insertScore(runId, result, Instant.now()));
    }

    /**
     * Zero-cost proxy values stored for one architecture under these settings (same batch and weight seed as its
     * score), by proxy id; NaN where the proxy was NaN. Only values of this very architecture count.
     */
    public synchronized Map<String, Double> proxyValues(ScoringSettings settings, int archIndex, String arch) {
        return sql(() -> proxyScores.values(settings, archIndex, arch));
    }

    /**
     * The stored proxy values of many architectures at once (one query, for a whole run), by architecture index and
     * then proxy id; NaN where the proxy was NaN. Only values of the architecture given for each index count.
     */
    public synchronized Map<Integer, Map<String, Double>> proxyValues(ScoringSettings settings,
                                                                     Map<Integer, String> archOf) {
        return sql(() -> proxyScores.values(settings, archOf));
    }

    /** Commits one proxy value; it is on disk when this returns. */
    public synchronized void addProxyValue(ScoringSettings settings, int archIndex, String arch, String proxy,
                                           double value, double seconds) {
        requireWritable();
        if (archIndex < 0) {
            throw new IllegalArgumentException("architecture " + arch + " has no index; proxies are stored for "
                    + "indexed architectures only");
        }
        sqlDo(() -> proxyScores.put(settings, archIndex, arch, proxy, value, seconds, Instant.now()));
    }

    /**
     * Records that a proxy failed on an architecture, with its message; it is on disk when this returns. A failure is
     * not a value: {@link #proxyValues} does not list it, so the next run computes the proxy again.
     */
    public synchronized void addProxyFailure(ScoringSettings settings, int archIndex, String arch, String proxy,
                                             String message) {
        requireWritable();
        sqlDo(() -> proxyScores.putFailure(settings, archIndex, arch, proxy, message, Instant.now()));
    }

    /** The failures recorded under these settings and not since replaced by a value: by index, then proxy id. */
    public synchronized Map<Integer, Map<String, String>> proxyFailures(ScoringSettings settings) {
        return sql(() -> proxyScores.failures(settings));
    }

    /** Indices already scored in this run: what a resumed run skips. */
    public synchronized Set<Integer> scoredIndices(long runId) {
        return sql(() -> scoringRuns.scoredIndices(runId));
    }

    /** The run's scores, by increasing architecture index. */
    public synchronized List<ScoreResult> scores(long runId) {
        return sql(() -> scoringRuns.scores(runId));
    }

    /** Ends a run: finished and cancelled get a finish time; interrupted keeps none, so it stays resumable. */
    public synchronized void finishRun(long runId, RunStatus status) {
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("finishRun needs an end status, got running; use resumeRun");
        }
        setStatus(runId, status);
    }

    private void setStatus(long runId, RunStatus status) {
        requireWritable();
        sqlDo(() -> {
            if (!scoringRuns.setStatus(runId, status, status.closesRun() ? Instant.now() : null)) {
                throw unknownRun(runId);
            }
        });
    }

    public synchronized Optional<RunInfo> run(long runId) {
        return sql(() -> scoringRuns.run(runId));
    }

    /** The run, or a user-facing error that lists the runs there are (for --run ID options). */
    public synchronized RunInfo requireRun(long runId) {
        return run(runId).orElseThrow(() -> unknownRun(runId));
    }

    /** All scoring runs, oldest first. */
    public synchronized List<RunInfo> runs() {
        return sql(() -> scoringRuns.runs());
    }

    private UserFacingException unknownRun(long runId) {
        List<Long> ids = sql(scoringRuns::runIds);
        if (ids.isEmpty()) {
            return new UserFacingException("no scoring run " + runId + " in " + file + ": it holds no scoring runs");
        }
        int shown = 50;
        String list = ids.stream().limit(shown).map(String::valueOf).collect(Collectors.joining(", "))
                + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "");
        return new UserFacingException("no scoring run " + runId + " in " + file + "; existing runs: " + list);
    }

    // ---- sweeps: grids of settings, each point an ordinary scoring run ------------------------------

    /** Records a sweep (status running) and its points, in one transaction; returns its id. */
    public synchronized long startSweep(String gridJson, List<String> pointJsons) {
        requireWritable();
        requireJson(gridJson, "gridJson");
        pointJsons.forEach(p -> requireJson(p, "pointJson"));
        return sql(() -> {
            connection.setAutoCommit(false);
            try {
                long id = sweepTable.insert(gridJson, pointJsons, Instant.now());
                connection.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** The newest sweep of exactly this grid (finished or not): asking for the same grid again continues it. */
    public synchronized Optional<Long> findSweep(String gridJson) {
        return sql(() -> sweepTable.latestWithGrid(gridJson));
    }

    /** Records which scoring run holds a point's scores, and tags the run 'sweep N'. */
    public synchronized void attachSweepRun(long sweepId, int position, long runId) {
        requireWritable();
        sqlDo(() -> {
            if (!sweepTable.attachRun(sweepId, position, runId)) {
                throw unknownSweep(sweepId);
            }
            sweepTable.tag(runId, "sweep " + sweepId);
        });
    }

    /** Tags a run (a tag it has already is kept once); blank tags are refused. */
    public synchronized void tagRun(long runId, String tag) {
        requireWritable();
        if (tag == null || tag.isBlank()) {
            throw new UserFacingException("a tag needs at least one character other than spaces");
        }
        requireRun(runId);
        sqlDo(() -> sweepTable.tag(runId, tag.strip()));
    }

    public synchronized void untagRun(long runId, String tag) {
        requireWritable();
        sqlDo(() -> sweepTable.untag(runId, tag));
    }

    /** Every tagged run's tags, by run id. */
    public synchronized Map<Long, List<String>> runTags() {
        return sql(sweepTable::tags);
    }

    /** Sets a sweep's status; finished and cancelled get a finish time, as runs do. */
    public synchronized void setSweepStatus(long sweepId, RunStatus status) {
        requireWritable();
        sqlDo(() -> {
            if (!sweepTable.setStatus(sweepId, status, status.closesRun() ? Instant.now() : null)) {
                throw unknownSweep(sweepId);
            }
        });
    }

    /** Deletes a sweep's record; its scoring runs stay (they are runs like any other). */
    public synchronized void deleteSweep(long sweepId) {
        requireWritable();
        sqlDo(() -> {
            if (!sweepTable.delete(sweepId)) {
                throw unknownSweep(sweepId);
            }
        });
    }

    public synchronized Optional<SweepInfo> sweep(long sweepId) {
        return sql(() -> sweepTable.sweep(sweepId));
    }

    /** The sweep, or a user-facing error that lists the sweeps there are. */
    public synchronized SweepInfo requireSweep(long sweepId) {
        return sweep(sweepId).orElseThrow(() -> unknownSweep(sweepId));
    }

    /** Every sweep, oldest first. */
    public synchronized List<SweepInfo> sweeps() {
        return sql(sweepTable::sweeps);
    }

    private UserFacingException unknownSweep(long sweepId) {
        List<Long> ids = sql(sweepTable::sweeps).stream().map(SweepInfo::id).toList();
        return new UserFacingException("no sweep " + sweepId + " in " + file + (ids.isEmpty() ? ": it holds no sweeps"
                : "; existing sweeps: " + ids.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    // ---- search runs -------------------------------------------------------------------------------

    /** Records a search before it starts and returns its id. */
    public synchronized long startSearch(SearchSpec spec) {
        requireWritable();
        requireJson(spec.settingsJson(), "settingsJson");
        return sql(() -> searchRuns.insert(spec, Instant.now()));
    }

    /** Records the architectures a search looked at, all in one transaction. */
    public synchronized void addCandidates(long searchRunId, List<SearchCandidate> candidates) {
        requireWritable();
        sqlDo(() -> {
            connection.setAutoCommit(false);
            try {
                searchRuns.insertCandidates(searchRunId, candidates);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    public synchronized void finishSearch(long searchRunId, SearchOutcome outcome) {
        requireWritable();
        requireJson(outcome.accuraciesJson(), "accuraciesJson");
        sqlDo(() -> {
            if (!searchRuns.finish(searchRunId, outcome, Instant.now())) {
                throw new UserFacingException("no search run " + searchRunId + " in " + file);
            }
        });
    }

    public synchronized Optional<SearchRunInfo> search(long searchRunId) {
        return sql(() -> searchRuns.search(searchRunId));
    }

    /** All search runs, oldest first. */
    public synchronized List<SearchRunInfo> searches() {
        return searches(null, null, null);
    }

    /** Search runs of one experiment, oldest first; a null argument matches anything. */
    public synchronized List<SearchRunInfo> searches(SearchAlgorithm algorithm, String space, String dataset) {
        return sql(() -> searchRuns.searches(algorithm, space, dataset));
    }

    /** The candidates of a search run, by step. */
    public synchronized List<SearchCandidate> candidates(long searchRunId) {
        return sql(() -> searchRuns.candidates(searchRunId));
    }

    @Override
    public synchronized void close() {
        sqlDo(() -> {
            scoringRuns.close();
            synchronized (org.naswot.common.SqliteNative.LOCK) {
                connection.close();
            }
        });
    }

    // ---- claims: two processes with equal settings split the work ----------------------------------

    /**
     * Claims an architecture for scoring under these settings; false when another live process holds the claim
     * (then its score will appear in the store). A claim of a process that is gone, or older than an hour, is taken
     * over.
     */
    public synchronized boolean claim(ScoringSettings settings, int archIndex, String owner) {
        requireWritable();
        return sql(() -> scoringRuns.claim(settingsKey(settings), archIndex, owner, Instant.now()));
    }

    /** Who (another live process) holds this architecture's claim, e.g. "pid 1 on host, claimed ..."; or empty. */
    public synchronized Optional<String> claimHolder(ScoringSettings settings, int archIndex, String owner) {
        return sql(() -> scoringRuns.holder(settingsKey(settings), archIndex, owner, Instant.now()));
    }

    /** Drops this owner's claim (after its score is stored, or when it gives the architecture up). */
    public synchronized void release(ScoringSettings settings, int archIndex, String owner) {
        requireWritable();
        sqlDo(() -> scoringRuns.release(settingsKey(settings), archIndex, owner));
    }

    static String settingsKey(ScoringSettings s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.keyText().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException("results database " + file + " was opened read-only");
        }
    }

    /** JSON columns must hold valid JSON so that Python's json.loads never fails on them. */
    private static void requireJson(String text, String what) {
        if (text == null) {
            return;
        }
        try {
            JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A query whose SQLException becomes the user-facing {@link #failure} every method here gives. */
    @FunctionalInterface
    private interface Query<T> {
        T get() throws SQLException;
    }

    /** An update whose SQLException becomes the user-facing {@link #failure}. */
    @FunctionalInterface
    private interface Update {
        void run() throws SQLException;
    }

    private <T> T sql(Query<T> query) {
        return sql(file, query);
    }

    private static <T> T sql(Path file, Query<T> query) {
        try {
            return query.get();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    private void sqlDo(Update update) {
        try {
            update.run();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /** SQLite errors here come from the environment (disk full, locked, not a database), so users see them. */
    private static UserFacingException failure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim();
        String explained = org.naswot.common.SqliteProblems.explain(file, "results database", "pass --db with a "
                + "writable location (copy the file there to keep its results)", e);
        if (explained != null) {
            return new UserFacingException(explained, e);
        }
        if (message.contains("CANTOPEN") || message.contains("READONLY") || message.contains("readonly")) {
            return new UserFacingException(readOnlyAdvice(file, message), e);
        }
        return new UserFacingException("results database " + file + ": " + message, e);
    }

    /** Why a database cannot be opened for writing where its folder (or file) is read-only, and what to do. */
    static String readOnlyAdvice(Path file, String sqliteMessage) {
        Path folder = file.toAbsolutePath().getParent();
        boolean folderWritable = folder != null && Files.isWritable(folder);
        boolean fileWritable = !Files.exists(file) || Files.isWritable(file);
        String where = !folderWritable ? "its folder " + folder + " is read-only"
                : !fileWritable ? "the file is read-only" : "SQLite cannot create or write it (" + sqliteMessage + ")";
        return "results database " + file + ": cannot open it for writing: " + where + "; the database runs in WAL "
                + "mode, which needs to create " + file.getFileName() + "-wal and -shm beside it. Pass --db with a "
                + "writable location (copy the file there to keep its results), or read it where it is with "
                + "`naswot export --db " + file + " --run ID --format csv`";
    }

    private static void closeQuietly(Connection connection) {
        try {
            synchronized (org.naswot.common.SqliteNative.LOCK) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the error being reported matters more
        }
    }
}
