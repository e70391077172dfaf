/**
 * What the persistence bundle needs from a bundle that runs a PostgreSQL server for it (the embedded server).
 * Only the embedded-postgres bundle implements it; services use {@link io.sxalable.core.api.persistence.Database}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.persistence.spi;
