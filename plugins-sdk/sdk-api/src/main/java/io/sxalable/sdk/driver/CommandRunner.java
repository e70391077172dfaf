package io.sxalable.sdk.driver;

import org.osgi.annotation.versioning.ConsumerType;

/** Runs a free-form, read-only command. */
@ConsumerType
public interface CommandRunner {
    /**
     * Runs one command and returns its raw output.
     *
     * @throws ConfigRejectedException when the device refuses the command (syntax error)
     */
    String run(String command) throws DeviceException;
}
