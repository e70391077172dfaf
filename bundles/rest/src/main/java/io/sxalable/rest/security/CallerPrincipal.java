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
        // The authentication filter is absent while the identity service is down: refuse, and say why.
        throw new io.sxalable.core.api.SxalableException(io.sxalable.core.api.ErrorCode.SERVICE_UNAVAILABLE,
                "authentication is not available right now; see /health");
    }
}
