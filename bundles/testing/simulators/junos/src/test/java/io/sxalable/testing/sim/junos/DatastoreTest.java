package io.sxalable.testing.sim.junos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.testing.sim.junos.rpc.RpcException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Junos candidate/commit semantics without any network. */
class DatastoreTest {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    private final Datastore db = new Datastore("system { host-name r1; }", "23.4R1.9", T0);

    @Test
    void theFactoryConfigurationIsRollbackZeroWithAVersion() {
        assertThat(db.committedText()).isEqualTo("## Last commit: 2024-03-01 10:00:00 UTC by root\n"
                + "version 23.4R1.9;\nsystem {\n    host-name r1;\n}\n");
        assertThat(db.rollbackCount()).isEqualTo(1);
    }

    @Test
    void loadCompareCommitRollback() throws Exception {
        db.load(1, "merge", "system { host-name r2; }", T0.plusSeconds(5));
        assertThat(db.candidateModified()).isTrue();
        assertThat(db.compare(0, false)).isEqualTo("[edit system]\n-   host-name r1;\n+   host-name r2;\n");
        assertThat(db.compare(0, true)).as("the committed database has not changed").isEmpty();
        assertThat(db.candidateText()).startsWith("## Last changed: 2024-03-01 10:00:05 UTC\n");
        db.commit(1, "admin", T0.plusSeconds(10));
        assertThat(db.committedText()).startsWith("## Last commit: 2024-03-01 10:00:10 UTC by admin\nversion 23.4R1.9;\n")
                .contains("host-name r2;");
        db.loadRollback(1, 1, T0.plusSeconds(20));
        db.commit(1, "admin", T0.plusSeconds(30));
        assertThat(db.active().at("system").flatMap(s -> s.leaf("host-name"))).hasValue("r1");
        assertThat(db.rollbackCount()).isEqualTo(3);
    }

    @Test
    void aLoadThatChangesNothingLeavesTheCandidateClean() throws Exception {
        db.load(1, "merge", "system { host-name r1; }", T0);
        assertThat(db.candidateModified()).isFalse();
        db.commit(1, "admin", T0.plusSeconds(1));
        assertThat(db.rollbackCount()).as("Junos commits even without changes").isEqualTo(2);
    }

    @Test
    void lockRules() throws Exception {
        db.lock(1, "alice", T0);
        assertThatThrownBy(() -> db.lock(2, "bob", T0)).isInstanceOf(RpcException.class)
                .satisfies(e -> assertThat(((RpcException) e).errors().get(0).tag()).isEqualTo("lock-denied"))
                .hasMessageContaining("configuration database locked by:\n  alice terminal -- (pid 1) on since 2024-03-01 "
                        + "10:00:00 UTC");
        assertThatThrownBy(() -> db.load(2, "merge", "system { host-name x; }", T0)).isInstanceOf(RpcException.class)
                .hasMessageContaining("locked by");
        assertThatThrownBy(() -> db.unlock(2)).isInstanceOf(RpcException.class);
        db.load(1, "merge", "system { host-name x; }", T0);
        db.sessionEnded(1);
        assertThat(db.candidateModified()).as("the lock holder's changes die with its session").isFalse();
        db.lock(2, "bob", T0);
        db.unlock(2);
    }

    @Test
    void sharedCandidateChangesBlockTheLock() throws Exception {
        db.load(7, "merge", "system { host-name x; }", T0);
        db.sessionEnded(7);   // not locked: Junos keeps the change in the shared candidate
        assertThatThrownBy(() -> db.lock(8, "bob", T0)).isInstanceOf(RpcException.class)
                .hasMessage("configuration database modified");
        db.discard(8);
        db.lock(8, "bob", T0);
    }

    @Test
    void fiftyRollbacksAtMost() throws Exception {
        for (int i = 0; i < 60; i++) {
            db.load(1, "merge", "system { host-name r" + i + "; }", T0);
            db.commit(1, "admin", T0.plusSeconds(i));
        }
        assertThat(db.rollbackCount()).isEqualTo(Datastore.MAX_ROLLBACKS);
        assertThatThrownBy(() -> db.loadRollback(1, 50, T0)).isInstanceOf(RpcException.class)
                .hasMessageContaining("invalid value");
    }

    @Test
    void commitCheckBlocksTheCommit() throws Exception {
        db.load(1, "merge", "routing-options { autonomous-system 65001; } protocols { bgp { group e { type external; "
                + "neighbor 10.0.0.2; } } }", T0);
        assertThatThrownBy(() -> db.commit(1, "admin", T0)).isInstanceOf(RpcException.class)
                .satisfies(e -> assertThat(((RpcException) e).errors()).extracting(x -> x.message())
                        .last().isEqualTo("configuration check-out failed"));
        assertThat(db.rollbackCount()).isEqualTo(1);
    }

    @Test
    void automaticRevertOfAnUnconfirmedCommit() throws Exception {
        String before = db.activeRevision().body();
        db.load(1, "merge", "system { host-name r2; }", T0);
        db.commit(1, "admin", T0.plusSeconds(1));
        db.revertUnconfirmed(T0.plusSeconds(61));
        assertThat(db.activeRevision().body()).isEqualTo(before);
        assertThat(db.activeRevision().user()).isEqualTo("root");
        assertThat(db.rollbackCount()).isEqualTo(3);
    }
}
