package io.sxalable.testing.sim.junos;

import io.sxalable.testing.sim.junos.config.ConfigDiff;
import io.sxalable.testing.sim.junos.config.ConfigMerge;
import io.sxalable.testing.sim.junos.config.ConfigNode;
import io.sxalable.testing.sim.junos.config.ConfigParser;
import io.sxalable.testing.sim.junos.config.ConfigPrinter;
import io.sxalable.testing.sim.junos.config.ConfigSchema;
import io.sxalable.testing.sim.junos.config.ConfigSyntaxException;
import io.sxalable.testing.sim.junos.rpc.RpcError;
import io.sxalable.testing.sim.junos.rpc.RpcException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration databases of one router, with Junos semantics: the committed configuration and its
 * rollback history (rollback 0 is active, up to {@value #MAX_ROLLBACKS} kept), and the shared candidate that any
 * session can load into unless another session holds the exclusive lock. A candidate equal to the active
 * configuration is not kept ({@code null}). When the lock holder's session ends, its uncommitted changes are
 * discarded (RFC 6241, 7.5).
 *
 * <p>Revisions are stored as printed text (a few KB each); only the active one is also kept parsed. All methods are
 * synchronized: sessions of one router run on different I/O threads.
 */
public final class Datastore {

    /** Junos keeps rollback 0..49. */
    public static final int MAX_ROLLBACKS = 50;

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** One committed configuration. */
    public record Revision(String body, Instant at, String user, String client) {
    }

    /** Who holds the exclusive lock. */
    private record Lock(int sessionId, String user, Instant since) {
    }

    private final String version;
    private final List<Revision> revisions = new ArrayList<>();   // index = rollback number
    private ConfigNode active;
    private ConfigNode candidate;        // null: same as active
    private Instant candidateChanged;
    private Lock lock;

    /**
     * @param initial the factory configuration (curly-brace text), committed as rollback 0
     * @throws IllegalArgumentException when it does not parse
     */
    Datastore(String initial, String version, Instant bootedAt) {
        this.version = version;
        try {
            ConfigNode tree = ConfigParser.parse(initial);
            ConfigSchema.checkLoad(tree);
            tree = ConfigMerge.override(tree);
            stampVersion(tree);
            revisions.add(new Revision(ConfigPrinter.print(tree), bootedAt, "root", "other"));
            active = tree;
        } catch (ConfigSyntaxException e) {
            throw new IllegalArgumentException("initial configuration: " + e.getMessage() + " at '" + e.badElement()
                    + "' " + e.path() + " line " + e.line(), e);
        }
    }

    /** The active configuration tree; callers must not change it. */
    public synchronized ConfigNode active() {
        return active;
    }

    public synchronized Revision activeRevision() {
        return revisions.get(0);
    }

    public synchronized int rollbackCount() {
        return revisions.size();
    }

    /** {@code get-configuration database="committed" format="text"}: header line + configuration. */
    public synchronized String committedText() {
        Revision r = revisions.get(0);
        return "## Last commit: " + TIMESTAMP.format(r.at()) + " by " + r.user() + "\n" + r.body();
    }

    /** {@code get-configuration} of the candidate: {@code ## Last changed} header + configuration. */
    public synchronized String candidateText() {
        if (candidate == null) {
            Revision r = revisions.get(0);
            return "## Last changed: " + TIMESTAMP.format(r.at()) + "\n" + r.body();
        }
        return "## Last changed: " + TIMESTAMP.format(candidateChanged) + "\n" + ConfigPrinter.print(candidate);
    }

    /** {@code compare="rollback" rollback="n"}: from rollback {@code n} to the candidate (or the active configuration). */
    public synchronized String compare(int rollback, boolean committed) throws RpcException {
        ConfigNode base = parsed(rollback(rollback));
        ConfigNode target = committed || candidate == null ? active : candidate;
        return ConfigDiff.diff(base, target);
    }

    public synchronized void lock(int sessionId, String user, Instant now) throws RpcException {
        if (lock != null) {
            throw new RpcException(lockedBy().withTag("lock-denied"));
        }
        if (candidate != null) {
            throw new RpcException(RpcError.error("configuration database modified").withTag("lock-denied"));
        }
        lock = new Lock(sessionId, user, now);
    }

    public synchronized void unlock(int sessionId) throws RpcException {
        if (lock == null || lock.sessionId() != sessionId) {
            throw new RpcException(RpcError.error("configuration database is not locked by this session")
                    .withTag("operation-failed"));
        }
        lock = null;
    }

    public synchronized boolean lockedBy(int sessionId) {
        return lock != null && lock.sessionId() == sessionId;
    }

    /**
     * {@code <load-configuration action=... format="text">}. All or nothing: a syntax error leaves the candidate
     * untouched.
     *
     * @return warnings (e.g. {@code statement not found} for a {@code delete:} of something absent)
     */
    public synchronized List<String> load(int sessionId, String action, String text, Instant now) throws RpcException {
        checkLock(sessionId);
        ConfigNode loaded;
        try {
            loaded = ConfigParser.parse(text);
            ConfigSchema.checkLoad(loaded);
        } catch (ConfigSyntaxException e) {
            throw new RpcException(RpcError.error(e.getMessage()).withPath(e.path()).withBadElement(e.badElement()));
        }
        List<String> warnings = new ArrayList<>();
        ConfigNode base = candidate == null ? active : candidate;
        ConfigNode result = switch (action) {
            case "merge" -> ConfigMerge.merge(base, loaded, false, warnings);
            case "replace" -> ConfigMerge.merge(base, loaded, true, warnings);
            case "override" -> ConfigMerge.override(loaded);
            default -> throw new RpcException(RpcError.error("invalid value for action: " + action)
                    .withTag("invalid-value").withBadElement(action));
        };
        setCandidate(result, now);
        return warnings;
    }

    /** {@code <load-configuration rollback="n"/>}: the candidate becomes rollback {@code n}. */
    public synchronized void loadRollback(int sessionId, int n, Instant now) throws RpcException {
        checkLock(sessionId);
        setCandidate(parsed(rollback(n)).deepCopy(), now);
    }

    /** {@code <discard-changes/>}. */
    public synchronized void discard(int sessionId) throws RpcException {
        checkLock(sessionId);
        candidate = null;
    }

    /** {@code <commit-configuration><check/>}: the errors {@code commit check} reports, if any. */
    public synchronized void check(int sessionId) throws RpcException {
        checkLock(sessionId);
        List<ConfigSchema.CommitError> errors = ConfigSchema.checkCommit(candidate == null ? active : candidate);
        if (!errors.isEmpty()) {
            List<RpcError> out = new ArrayList<>();
            for (ConfigSchema.CommitError e : errors) {
                out.add(RpcError.error(e.message()).withPath(e.path()));
            }
            out.add(RpcError.error("configuration check-out failed"));
            throw new RpcException(out);
        }
    }

    /** Commits the candidate (after {@link #check}); a new rollback 0 even when nothing changed, like Junos. */
    public synchronized Revision commit(int sessionId, String user, Instant now) throws RpcException {
        check(sessionId);
        ConfigNode tree = candidate == null ? active.deepCopy() : candidate;
        stampVersion(tree);
        Revision revision = new Revision(ConfigPrinter.print(tree), now, user, "netconf");
        push(revision, tree);
        return revision;
    }

    /**
     * The automatic rollback of an unconfirmed {@code commit confirmed}: rollback 1 becomes active as a new
     * commit by {@code root}; the candidate is reset.
     */
    public synchronized void revertUnconfirmed(Instant now) {
        if (revisions.size() < 2) {
            return;
        }
        String body = revisions.get(1).body();
        try {
            push(new Revision(body, now, "root", "other"), ConfigParser.parse(body));
        } catch (ConfigSyntaxException e) {
            throw new IllegalStateException("stored revision does not parse", e);
        }
    }

    /** The lock holder's session ended: drop its uncommitted changes and the lock. */
    public synchronized void sessionEnded(int sessionId) {
        if (lock != null && lock.sessionId() == sessionId) {
            lock = null;
            candidate = null;
        }
    }

    public synchronized boolean candidateModified() {
        return candidate != null;
    }

    private void push(Revision revision, ConfigNode tree) {
        revisions.add(0, revision);
        while (revisions.size() > MAX_ROLLBACKS) {
            revisions.remove(revisions.size() - 1);
        }
        active = tree;
        candidate = null;
    }

    private void setCandidate(ConfigNode tree, Instant now) {
        if (ConfigPrinter.print(tree).equals(revisions.get(0).body())) {
            candidate = null;
        } else {
            candidate = tree;
            candidateChanged = now;
        }
    }

    private void stampVersion(ConfigNode tree) {
        tree.children().removeIf(c -> c.keyword().equals("version"));
        tree.children().add(0, ConfigNode.of(List.of("version", version), List.of()));
    }

    private void checkLock(int sessionId) throws RpcException {
        if (lock != null && lock.sessionId() != sessionId) {
            throw new RpcException(lockedBy());
        }
    }

    private RpcError lockedBy() {
        return RpcError.error("configuration database locked by:\n  " + lock.user() + " terminal -- (pid "
                + lock.sessionId() + ") on since " + TIMESTAMP.format(lock.since()) + "\n      exclusive [edit]");
    }

    private Revision rollback(int n) throws RpcException {
        if (n < 0 || n >= MAX_ROLLBACKS) {
            throw new RpcException(RpcError.error("rollback: invalid value: " + n).withTag("invalid-value")
                    .withBadElement(Integer.toString(n)));
        }
        if (n >= revisions.size()) {
            throw new RpcException(RpcError.error("Cannot rollback, rollback file doesn't exist: " + n)
                    .withBadElement(Integer.toString(n)));
        }
        return revisions.get(n);
    }

    private ConfigNode parsed(Revision revision) {
        if (revision == revisions.get(0)) {
            return active;
        }
        try {
            return ConfigParser.parse(revision.body());
        } catch (ConfigSyntaxException e) {
            throw new IllegalStateException("stored revision does not parse", e);
        }
    }

    /** For tests and the handle: the body of rollback {@code n}. */
    synchronized Optional<String> rollbackBody(int n) {
        return n >= 0 && n < revisions.size() ? Optional.of(revisions.get(n).body()) : Optional.empty();
    }
}
