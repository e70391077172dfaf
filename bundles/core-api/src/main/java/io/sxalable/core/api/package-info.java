/**
 * Cross-cutting types of the core service API: who is calling ({@link io.sxalable.core.api.Caller}), what they may
 * do ({@link io.sxalable.core.api.Permission}), paging, and the single error type with stable codes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.sxalable.core.api;
