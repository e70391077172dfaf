package io.sxalable.console;

import io.sxalable.core.api.identity.ApiTokenService;
import io.sxalable.core.api.identity.CreatedApiToken;
import io.sxalable.core.api.identity.NewApiToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "token-create", description = "Create a long-lived API token; its secret is shown once")
@Service
public class TokenCreateCommand extends SxalableCommand {

    @Reference
    ApiTokenService tokens;

    @Argument(index = 0, name = "name", required = true, description = "What the token is for")
    String name;
    @Option(name = "--role", aliases = "-r", multiValued = true, description = "Roles (default: all of yours); repeatable")
    @Completion(RoleCompleter.class)
    List<String> roles;
    @Option(name = "--expires-days", description = "Days until it expires (default: never)")
    Integer expiresDays;

    @Override
    protected Object run() {
        Instant expiresAt = expiresDays == null ? null : Instant.now().plus(Duration.ofDays(expiresDays));
        CreatedApiToken created = tokens.create(caller(), new NewApiToken(name, Roles.parse(roles), expiresAt));
        out().println("Token " + created.token().name() + " (" + created.token().id() + ") roles "
                + created.token().roles());
        out().println("Secret (shown only now): " + created.secret());
        return null;
    }
}
