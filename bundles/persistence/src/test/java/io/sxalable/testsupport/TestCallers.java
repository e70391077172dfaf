package io.sxalable.testsupport;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.Role;
import java.util.Set;
import java.util.UUID;

/** Callers for tests that do not go through the identity bundle. */
public final class TestCallers {
    private TestCallers() {
    }

    public static Caller of(String username, String tenantSlug, Role... roles) {
        return new Caller(UUID.randomUUID(), username, UUID.randomUUID(), tenantSlug, Set.of(roles), false,
                Caller.AuthMethod.PASSWORD_JWT, "req-" + UUID.randomUUID());
    }

    public static Caller platformAdmin(String username, String tenantSlug) {
        return new Caller(UUID.randomUUID(), username, UUID.randomUUID(), tenantSlug, Set.of(Role.ADMIN), true,
                Caller.AuthMethod.CONSOLE, "req-" + UUID.randomUUID());
    }
}
