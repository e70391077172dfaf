/** Health of the parts the appliance depends on, reported by /health, /ready and the console. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api.health;
