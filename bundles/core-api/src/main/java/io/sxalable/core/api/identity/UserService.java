package io.sxalable.core.api.identity;

import io.sxalable.core.api.Caller;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Manages the users of the caller's tenant. */
@ProviderType
public interface UserService {
    User create(Caller caller, NewUser user);

    List<User> list(Caller caller);

    User get(Caller caller, UUID id);

    User update(Caller caller, UUID id, UserUpdate update);

    /** Deletes the user and revokes all their tokens. Users cannot delete themselves. */
    void delete(Caller caller, UUID id);
}
