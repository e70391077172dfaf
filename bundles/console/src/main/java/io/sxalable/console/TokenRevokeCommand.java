package io.sxalable.console;

import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.identity.ApiTokenService;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "token-revoke", description = "Revoke an API token")
@Service
public class TokenRevokeCommand extends SxalableCommand {

    @Reference
    ApiTokenService tokens;

    @Argument(index = 0, name = "id", required = true, description = "Token id (see sxalable:token-list)")
    String id;

    @Override
    protected Object run() {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw SxalableException.invalid("id", "not a token id: " + id);
        }
        tokens.revoke(caller(), tokenId);
        out().println("Revoked token " + id);
        return null;
    }
}
