package io.sxalable.rest.api;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.identity.AuthService;
import io.sxalable.core.api.identity.TokenPair;
import io.sxalable.rest.RestConstants;
import io.sxalable.rest.security.CallerPrincipal;
import io.sxalable.rest.security.Public;
import java.time.Duration;
import java.time.Instant;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Login, token refresh and logout. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;

    @Activate
    public AuthResource(@Reference AuthService auth) {
        this.auth = auth;
    }

    public record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[" + username + "]";
        }
    }

    public record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    /**
     * OAuth2-style token response.
     *
     * @param expiresIn seconds until the access token expires
     */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, Instant accessExpiresAt,
                                String refreshToken, Instant refreshExpiresAt) {
        static TokenResponse of(TokenPair pair) {
            return new TokenResponse(pair.accessToken(), "Bearer",
                    Math.max(0, Duration.between(Instant.now(), pair.accessExpiresAt()).getSeconds()),
                    pair.accessExpiresAt(), pair.refreshToken(), pair.refreshExpiresAt());
        }
    }

    public record Me(String userId, String username, String tenant, java.util.Set<io.sxalable.core.api.Role> roles,
                     boolean platformAdmin, Caller.AuthMethod authMethod) {
    }

    @POST
    @Path("login")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse login(LoginRequest request, @Context HttpHeaders headers) {
        Requests.body(request);
        return TokenResponse.of(auth.login(request.username(), request.password(), Requests.requestId(headers)));
    }

    @POST
    @Path("refresh")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse refresh(RefreshRequest request, @Context HttpHeaders headers) {
        requireRefreshToken(request);
        return TokenResponse.of(auth.refresh(request.refreshToken(), Requests.requestId(headers)));
    }

    @POST
    @Path("logout")
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    public void logout(RefreshRequest request, @Context HttpHeaders headers) {
        Requests.body(request);
        auth.logout(request.refreshToken(), Requests.requestId(headers));
    }

    /** A missing token is a malformed request (400), like missing login fields, not a bad token (401). */
    private static void requireRefreshToken(RefreshRequest request) {
        if (Requests.body(request).refreshToken() == null || request.refreshToken().isBlank()) {
            throw io.sxalable.core.api.SxalableException.invalid("refreshToken", "is required");
        }
    }

    @GET
    @Path("me")
    public Me me(@Context SecurityContext security) {
        Caller c = CallerPrincipal.of(security);
        return new Me(c.userId().toString(), c.username(), c.tenantSlug(), c.roles(), c.platformAdmin(), c.authMethod());
    }
}
