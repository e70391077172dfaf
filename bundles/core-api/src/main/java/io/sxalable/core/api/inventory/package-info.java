/** Routers, their drivers and live reads through those drivers. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.inventory;
