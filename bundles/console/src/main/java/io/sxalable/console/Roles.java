package io.sxalable.console;

import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parses role names given on the command line. */
final class Roles {
    private Roles() {
    }

    static Set<Role> parse(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw SxalableException.invalid("role", "unknown role '" + name + "'; one of admin, operator, viewer, auditor");
            }
        }
        return roles;
    }
}
