package org.naswot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.store.StoreFixtures.settings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.score.ScoringSettings;

/**
 * A claim belongs to one process, not to a pid: after a kill -9 of a JVM running as PID 1 in a container, the rerun is
 * PID 1 again, and the dead process's claims must not look live to it.
 */
class ClaimOwnerTest {
    @TempDir
    Path dir;

    private static final long START = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();

    /** Rewrites the owner's claim as if another process (same pid, this host) had written it. */
    private static void claimedBy(Path db, String owner, String host) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("UPDATE claims SET pid = ?, host = ? WHERE owner = ?")) {
            st.setLong(1, ProcessHandle.current().pid());
            st.setString(2, host);
            st.setString(3, owner);
            st.executeUpdate();
        }
    }

    @Test
    void aClaimOfAnEarlierProcessWithTheSamePidIsTakenOver() throws Exception {
        Path db = dir.resolve("r.sqlite");
        ScoringSettings s = settings();
        try (ResultStore store = ResultStore.open(db)) {
            assertTrue(store.claim(s, 1, "dead"));
            assertTrue(store.claim(s, 2, "rebooted"));
            assertTrue(store.claim(s, 3, "live"));
            assertTrue(store.claim(s, 4, "old-row"));
        }
        String host = ProcessIdentity.host();
        String boot = ProcessIdentity.bootIdOfThisBoot();
        // the killed container's JVM: this pid, this boot, but started five seconds before this one
        claimedBy(db, "dead", ProcessIdentity.hostField(host, boot, START - 5000));
        // a process of an earlier boot: pids started over since
        claimedBy(db, "rebooted", ProcessIdentity.hostField(host, "another-boot-id", START));
        // this very process under another owner (another run in it): live
        claimedBy(db, "live", ProcessIdentity.hostField(host, boot, START));
        // a row written before the identity was recorded: the pid, alive, is all there is
        claimedBy(db, "old-row", host);
        try (ResultStore store = ResultStore.open(db)) {
            assertTrue(store.claim(s, 1, "rerun"), "the dead PID-1 JVM's claim is taken over, not waited for");
            assertTrue(store.claim(s, 2, "rerun"), "a claim from before a reboot is taken over");
            assertFalse(store.claim(s, 3, "rerun"), "a live process's claim is respected");
            assertTrue(store.claimHolder(s, 3, "rerun").orElseThrow().startsWith("pid "
                    + ProcessHandle.current().pid() + " on " + host), "and named");
            assertFalse(store.claim(s, 4, "rerun"), "an old row of a live pid is respected");
        }
    }
}
