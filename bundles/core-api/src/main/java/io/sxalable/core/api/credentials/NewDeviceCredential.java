package io.sxalable.core.api.credentials;

/**
 * Input to store a device login; at least one of password and private key.
 *
 * @param name       unique within the tenant, 1..100 characters
 * @param username   device login name
 * @param password   password, or null
 * @param privateKey OpenSSH/PEM private key text, or null
 */
public record NewDeviceCredential(String name, String username, String password, String privateKey) {
    @Override
    public String toString() {
        return "NewDeviceCredential[name=" + name + ", username=" + username + "]";
    }
}
