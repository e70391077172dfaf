package io.sxalable.console;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.credentials.DeviceCredential;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "credential-remove", description = "Delete a stored device login no router uses")
@Service
public class CredentialRemoveCommand extends SxalableCommand {

    @Reference
    CredentialService credentials;

    @Argument(index = 0, name = "credential", required = true, description = "Credential name or id")
    String credential;

    @Override
    protected Object run() {
        var caller = caller();
        DeviceCredential c = credentials.list(caller).stream()
                .filter(x -> x.name().equals(credential) || x.id().toString().equals(credential)).findFirst()
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.CREDENTIAL_NOT_FOUND, "credential", credential));
        credentials.delete(caller, c.id());
        out().println("Deleted credential " + c.name());
        return null;
    }
}
