package io.sxalable.testing.frrlab;

/**
 * Whether this machine can run an {@link FrrLab}.
 *
 * @param available true when every prerequisite is present
 * @param reason    what is missing (e.g. {@code "not root"}), or {@code "ok"}
 */
public record Availability(boolean available, String reason) {
}
