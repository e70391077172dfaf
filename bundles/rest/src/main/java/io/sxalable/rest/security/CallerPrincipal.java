package io.sxalable.rest.security;

import io.sxalable.core.api.Caller;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The authenticated caller, carried in the request's {@link SecurityContext}. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.username();
    }

    /** The caller of a request that passed {@link AuthenticationFilter}. */
    public static Caller of(SecurityContext context) {
        if (context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        // Only reachable for a @Public method that asks for a caller: a programming error, not a client's.
        throw new IllegalStateException("no authenticated caller on this request");
    }
}
