package io.sxalable.sdk.driver;

import java.util.Objects;
import java.util.Optional;

/**
 * Login credentials for a device. {@link #toString()} never reveals secrets.
 *
 * @param username   login name
 * @param password   password, or empty for key-only authentication
 * @param privateKey PEM/OpenSSH private key text, or empty
 */
public record Credentials(String username, Optional<String> password, Optional<String> privateKey) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        password = password == null ? Optional.empty() : password;
        privateKey = privateKey == null ? Optional.empty() : privateKey;
    }

    public static Credentials password(String username, String password) {
        return new Credentials(username, Optional.of(password), Optional.empty());
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=" + (password.isPresent() ? "***" : "none")
                + ", privateKey=" + (privateKey.isPresent() ? "***" : "none") + "]";
    }
}
