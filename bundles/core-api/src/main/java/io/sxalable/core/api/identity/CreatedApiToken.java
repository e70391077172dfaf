package io.sxalable.core.api.identity;

/**
 * A newly created token with its secret: the only time the secret is available.
 *
 * @param token  the token's metadata
 * @param secret the value for {@code Authorization: Bearer}
 */
public record CreatedApiToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "CreatedApiToken[" + token + "]";
    }
}
