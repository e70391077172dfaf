package io.sxalable.core.api.credentials;

import io.sxalable.core.api.Caller;
import io.sxalable.sdk.driver.Credentials;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Device credentials, encrypted at rest (AES-GCM) with the appliance master key. */
@ProviderType
public interface CredentialService {
    DeviceCredential create(Caller caller, NewDeviceCredential credential);

    List<DeviceCredential> list(Caller caller);

    DeviceCredential get(Caller caller, UUID id);

    /** @throws io.sxalable.core.api.SxalableException CONFLICT while a router still refers to it */
    void delete(Caller caller, UUID id);

    /**
     * Decrypts a credential for a driver call. Core-internal: never exposed by REST or console.
     *
     * @param tenantSlug tenant whose credential it is
     */
    Credentials resolve(String tenantSlug, UUID id);
}
