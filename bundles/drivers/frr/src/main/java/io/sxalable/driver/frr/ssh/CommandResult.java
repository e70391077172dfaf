package io.sxalable.driver.frr.ssh;

/**
 * Outcome of one remote command.
 *
 * @param exitStatus the command's exit status; -1 when the server sent none
 * @param stdout     standard output, UTF-8
 * @param stderr     standard error, UTF-8
 */
public record CommandResult(int exitStatus, String stdout, String stderr) {
}
