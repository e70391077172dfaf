/** Users, login, JWT access and refresh tokens, long-lived API tokens and first-start bootstrap. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.identity;
