package io.sxalable.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.sxalable.rest.security.Public;

/**
 * Serves the hand-maintained OpenAPI 3 document ({@code src/main/resources/openapi/openapi.json}) at
 * {@code /api/v1/openapi.json}. Keep that file in step with the resources: it documents only what exists.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestConstants.SELECT_API)
@Path("openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/openapi.json";

    private final byte[] document;

    public OpenApiResource() {
        this.document = load();
    }

    @GET
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get() {
        return document.clone();
    }

    static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DOCUMENT + " in the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
