package io.sxalable.sdk.driver;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Candidate-configuration operations, modelled on NAPALM: load a change, compare it with the running config,
 * then commit or discard it.
 */
@ConsumerType
public interface ConfigSession {

    /** Merges {@code config} into the candidate. */
    void loadMerge(String config) throws DeviceException;

    /** Replaces the whole candidate with {@code config}. */
    void loadReplace(String config) throws DeviceException;

    /** Unified diff from the running config to the candidate; {@code ""} when nothing would change. */
    String compare() throws DeviceException;

    /**
     * Applies the candidate. With a confirm timeout the device reverts by itself unless {@link #confirm()}
     * is called before the timeout elapses.
     *
     * @throws ConfigRejectedException when the device refuses the candidate; nothing is applied
     */
    void commit(Optional<Duration> confirmTimeout) throws DeviceException;

    /** Confirms a pending commit made with a confirm timeout. */
    void confirm() throws DeviceException;

    /** Drops the candidate. */
    void discard() throws DeviceException;

    /** Restores the configuration that was running before the last commit. */
    void rollback() throws DeviceException;
}
