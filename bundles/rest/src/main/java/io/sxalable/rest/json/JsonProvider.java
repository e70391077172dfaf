package io.sxalable.rest.json;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.jaxrs.cfg.JaxRSFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import io.sxalable.rest.RestConstants;
import io.sxalable.rest.problem.Problem;

/**
 * Jackson for our applications ({@code application/json} and {@code application/problem+json}), configured by
 * {@link ObjectMappers#create()}. Registered by us rather than through {@code aries-jax-rs-whiteboard-jackson},
 * which pins an old Jackson.
 *
 * <p>An empty body is an error ({@code NoContentException}, mapped to {@code MALFORMED_JSON}), never a {@code null}
 * argument of a resource method.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(RestConstants.JSON_EXTENSION)
@JaxrsMediaType({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@JaxrsApplicationSelect(RestConstants.SELECT_ALL)
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(ObjectMappers.create());
        configure(JaxRSFeature.ALLOW_EMPTY_INPUT, false);
    }
}
