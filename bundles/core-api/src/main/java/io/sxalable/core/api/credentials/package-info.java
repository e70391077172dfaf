/** Encrypted device credentials: stored once, referenced by routers, never returned. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.credentials;
