package io.sxalable.core.api.identity;

import io.sxalable.core.api.Caller;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Long-lived API tokens. Everyone manages their own; {@code TOKEN_ADMIN} sees and revokes the tenant's. */
@ProviderType
public interface ApiTokenService {
    CreatedApiToken create(Caller caller, NewApiToken token);

    List<ApiToken> list(Caller caller);

    void revoke(Caller caller, UUID id);
}
