package io.sxalable.core.api.identity;

import io.sxalable.core.api.Role;
import java.time.Instant;
import java.util.Set;

/**
 * Input to create an API token.
 *
 * @param name      what it is for, 1..100 characters
 * @param roles     roles, each one the owner holds; null or empty means all of the owner's roles
 * @param expiresAt expiry, or null for none
 */
public record NewApiToken(String name, Set<Role> roles, Instant expiresAt) {
}
