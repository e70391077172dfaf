package io.sxalable.testing.sim.junos;

import java.time.Instant;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Handle of one simulated router: where to connect, with which credentials, and a few looks behind the scenes
 * for tests (committed configuration, rollback depth, pending {@code commit confirmed}).
 */
public final class JunosDevice implements AutoCloseable {

    private final JunosFarm farm;
    private final Router router;
    private final boolean ownsFarm;

    JunosDevice(JunosFarm farm, Router router, boolean ownsFarm) {
        this.farm = farm;
        this.router = router;
        this.ownsFarm = ownsFarm;
    }

    Router router() {
        return router;
    }

    /** Always {@code 127.0.0.1}. */
    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return router.port();
    }

    public String username() {
        return router.options().username();
    }

    public String password() {
        return router.options().password();
    }

    public Options options() {
        return router.options();
    }

    /** {@code SHA256:...} of the router's SSH host key, as {@code ssh-keygen -lf} prints it. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, router.hostKey().getPublic());
    }

    /** The committed configuration without its {@code ## Last commit} header. */
    public String committedConfig() {
        return router.datastore().activeRevision().body();
    }

    /** How many committed configurations are kept (rollback 0 .. n-1). */
    public int rollbackCount() {
        return router.datastore().rollbackCount();
    }

    /** When the pending {@code commit confirmed} reverts, if one is pending. */
    public Optional<Instant> confirmDeadline() {
        return router.confirmDeadline();
    }

    /** The {@code <confirm-timeout>} (minutes) of the last confirmed commit; 0 when there was none. */
    public int lastConfirmTimeoutMinutes() {
        return router.lastConfirmMinutes();
    }

    /** Whether the shared candidate holds uncommitted changes. */
    public boolean candidateModified() {
        return router.datastore().candidateModified();
    }

    /** Stops this router (its port closes, its sessions drop); a standalone router also stops its farm. */
    @Override
    public void close() {
        if (ownsFarm) {
            farm.close();
        } else {
            farm.remove(router);
        }
    }

    @Override
    public String toString() {
        return "JunosDevice[" + router.options().hostname() + " @ " + host() + ":" + port() + "]";
    }
}
