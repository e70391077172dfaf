/**
 * Device-driver SPI: what a vendor driver plugin implements so the appliance can read and configure a router.
 *
 * <p>A driver bundle registers one {@link io.sxalable.sdk.driver.DeviceDriver} OSGi service. The core opens a
 * {@link io.sxalable.sdk.driver.DeviceSession} per operation and asks it for the small capability interfaces
 * ({@link io.sxalable.sdk.driver.FactsReader}, {@link io.sxalable.sdk.driver.ConfigSession}, ...) it needs.
 * A driver that cannot do something does not offer that capability: nothing is faked.
 *
 * <p>Semantic versioning: a major version change of this package means existing drivers must be rebuilt.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.sdk.driver;
