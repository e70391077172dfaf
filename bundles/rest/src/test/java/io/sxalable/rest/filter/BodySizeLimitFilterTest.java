package io.sxalable.rest.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import io.sxalable.rest.RestConstants;
import io.sxalable.rest.problem.Problem;

class BodySizeLimitFilterTest {

    /** Just enough of a request for the filters: headers, entity stream, URI, abortWith. */
    static final class FakeRequest {
        final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        final AtomicReference<InputStream> entity = new AtomicReference<>();
        final AtomicReference<Response> aborted = new AtomicReference<>();

        ContainerRequestContext context() {
            UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("getRequestUri")) {
                            return URI.create("http://localhost:8181/api/v1/routers");
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getHeaders":
                                return headers;
                            case "getHeaderString":
                                return headers.getFirst((String) args[0]);
                            case "hasEntity":
                                return entity.get() != null;
                            case "getEntityStream":
                                return entity.get();
                            case "setEntityStream":
                                entity.set((InputStream) args[0]);
                                return null;
                            case "abortWith":
                                aborted.set((Response) args[0]);
                                return null;
                            case "getUriInfo":
                                return uri;
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }

    @Test
    void declaredLengthOverTheLimitIsRefusedBeforeReading() {
        FakeRequest request = new FakeRequest();
        request.headers.putSingle("Content-Length", "2048");
        request.headers.putSingle(RestConstants.REQUEST_ID_HEADER, "req-42");
        request.entity.set(new ByteArrayInputStream(new byte[2048]));

        new BodySizeLimitFilter(1024).filter(request.context());

        Response response = request.aborted.get();
        assertThat(response).isNotNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(problem.requestId()).isEqualTo("req-42");
        assertThat(problem.instance()).isEqualTo("/api/v1/routers");
    }

    @Test
    void undeclaredLengthIsLimitedWhileReading() {
        FakeRequest request = new FakeRequest();
        request.entity.set(new ByteArrayInputStream(new byte[2048]));

        new BodySizeLimitFilter(1024).filter(request.context());

        assertThat(request.aborted.get()).isNull();
        assertThat(request.entity.get()).isInstanceOf(LimitedInputStream.class);
        assertThatThrownBy(() -> request.entity.get().readAllBytes()).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void smallBodyPassesAndGetsARequestId() throws Exception {
        FakeRequest request = new FakeRequest();
        request.headers.putSingle("Content-Length", "3");
        request.entity.set(new ByteArrayInputStream(new byte[3]));

        new BodySizeLimitFilter(1024).filter(request.context());

        assertThat(request.aborted.get()).isNull();
        assertThat(request.entity.get().readAllBytes()).hasSize(3);
        assertThat(request.headers.getFirst(RestConstants.REQUEST_ID_HEADER)).hasSize(36);
    }

    @Test
    void defaultLimitIsOneMebibyte() {
        assertThat(io.sxalable.rest.RestConfig.class.getDeclaredMethods())
                .filteredOn(m -> m.getName().equals("maxBodyBytes"))
                .singleElement()
                .satisfies(m -> assertThat(m.getDefaultValue()).isEqualTo(1_048_576L));
    }

    @Test
    void malformedContentLengthFallsBackToTheStreamLimit() {
        assertThat(BodySizeLimitFilter.declaredLength("abc")).isEqualTo(-1);
        assertThat(BodySizeLimitFilter.declaredLength(null)).isEqualTo(-1);
        assertThat(BodySizeLimitFilter.declaredLength(" 12 ")).isEqualTo(12);
    }
}
