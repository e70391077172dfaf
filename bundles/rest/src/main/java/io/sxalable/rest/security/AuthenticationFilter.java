package io.sxalable.rest.security;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.identity.AuthService;
import io.sxalable.rest.RestConstants;
import java.security.Principal;
import java.util.Locale;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every /api/v1 request except {@link Public} ones must carry {@code Authorization: Bearer <access JWT or API token>}.
 * The resolved {@link Caller} travels in the request's {@link SecurityContext}; permissions are then checked by the
 * services themselves, so REST and console enforce the same rules.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("sxalable.authentication")
@JaxrsApplicationSelect(RestConstants.SELECT_API)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    private final AuthService auth;

    @Context
    ResourceInfo resourceInfo;

    @Activate
    public AuthenticationFilter(@Reference AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new SxalableException(ErrorCode.UNAUTHENTICATED,
                    "send 'Authorization: Bearer <token>' with an access token from POST /api/v1/auth/login or an API token");
        }
        String requestId = request.getHeaderString(RestConstants.REQUEST_ID_HEADER);
        Caller caller = auth.authenticate(header.substring(BEARER.length()).trim(),
                requestId == null ? "unknown" : requestId);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return new CallerPrincipal(caller);
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.roles().stream().map(Role::name).anyMatch(role::equalsIgnoreCase);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    private boolean isPublic() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        return resourceInfo.getResourceMethod().isAnnotationPresent(Public.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(Public.class);
    }
}
