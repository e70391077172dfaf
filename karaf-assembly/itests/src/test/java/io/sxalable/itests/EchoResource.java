package io.sxalable.itests;

import java.time.Instant;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * Test-only JAX-RS resource, registered by {@link RestErrorsIT} from the Pax Exam probe as a whiteboard service in
 * the root (default) application, so request-body errors can be exercised without any product resource.
 */
@Path("itest")
public class EchoResource {

    /** What the echo accepts and returns. */
    public record Message(String text, int count, Instant at) {
    }

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Message echo(Message message) {
        return message;
    }

    @GET
    @Path("boom")
    @Produces(MediaType.APPLICATION_JSON)
    public Message boom() {
        throw new IllegalStateException("secret-internal-detail in /opt/sxalable/etc");
    }
}
