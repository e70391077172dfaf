package io.sxalable.console;

import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.credentials.DeviceCredential;
import io.sxalable.core.api.credentials.NewDeviceCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "credential-add", description = "Store a device login, encrypted")
@Service
public class CredentialAddCommand extends SxalableCommand {

    @Reference
    CredentialService credentials;

    @Argument(index = 0, name = "name", required = true, description = "Credential name, unique in the tenant")
    String name;
    @Argument(index = 1, name = "username", required = true, description = "Device login name")
    String username;
    @Option(name = "--password", description = "Device password; prompted without echo unless --key-file is given")
    String password;
    @Option(name = "--key-file", description = "Path of an OpenSSH/PEM private key file to store instead of a password")
    String keyFile;

    @Override
    protected Object run() throws Exception {
        String key = keyFile == null ? null : Files.readString(Path.of(keyFile));
        String pw = key != null && password == null ? null : secret(password, "Device password for " + username + ": ");
        DeviceCredential c = credentials.create(caller(), new NewDeviceCredential(name, username, pw, key));
        out().println("Stored credential " + c.name() + " (" + c.id() + ")");
        return null;
    }
}
