/**
 * Cloud-provider SPI: what a provider plugin (AWS, GCP, Azure, on-prem) implements so the appliance can create,
 * list and delete virtual routers, read their metrics and configure their networks. Interfaces only in this
 * version; provider implementations come later.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.sdk.cloud;
