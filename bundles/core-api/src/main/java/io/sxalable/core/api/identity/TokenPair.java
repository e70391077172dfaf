package io.sxalable.core.api.identity;

import java.time.Instant;

/**
 * What a login or refresh returns.
 *
 * @param accessToken      RS256-signed JWT for the {@code Authorization: Bearer} header
 * @param accessExpiresAt  when the access token stops being accepted
 * @param refreshToken     opaque single-use token to obtain the next pair; reuse revokes the whole chain
 * @param refreshExpiresAt when the refresh token expires
 */
public record TokenPair(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {
    @Override
    public String toString() {
        return "TokenPair[accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
