/** Transactions in the global schema or a tenant's schema, over the configured PostgreSQL. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.persistence;
