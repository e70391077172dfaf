/** Tenants: isolated customers of the appliance, each with its own database schema and quotas. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.tenant;
