package io.sxalable.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The versioned REST API, {@code /api/v1}. Resources join it through the whiteboard with
 * {@code @JaxrsResource @JaxrsApplicationSelect(RestConstants.SELECT_API)}.
 *
 * <p>The application is only published once the JSON provider and the problem+json mappers are registered, so it never
 * answers with the container's default (HTML, stack-trace) errors.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(RestConstants.API_BASE)
@JaxrsName(RestConstants.API_APPLICATION)
@JaxrsExtensionSelect({
        "(osgi.jaxrs.name=" + RestConstants.JSON_EXTENSION + ")",
        "(osgi.jaxrs.name=" + RestConstants.PROBLEM_EXTENSION + ")"})
public class SxalableApplication extends Application {
}
