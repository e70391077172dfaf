package io.sxalable.core.api.identity;

import io.sxalable.core.api.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Proves who a caller is. */
@ProviderType
public interface AuthService {

    /** @throws io.sxalable.core.api.SxalableException INVALID_CREDENTIALS, with the same message for unknown users */
    TokenPair login(String username, String password, String requestId);

    /** Rotates a refresh token. Presenting an already-used one revokes every token of that login. */
    TokenPair refresh(String refreshToken, String requestId);

    /** Revokes the login the refresh token belongs to; unknown tokens are ignored. */
    void logout(String refreshToken, String requestId);

    /**
     * Resolves a bearer credential — an access JWT or an API token — to a caller.
     *
     * @throws io.sxalable.core.api.SxalableException TOKEN_INVALID
     */
    Caller authenticate(String bearer, String requestId);

    /** Checks a username and password and returns the caller for console sessions. */
    Caller authenticatePassword(String username, String password, String requestId);
}
