package io.sxalable.rest.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.sxalable.rest.RestConstants;

class RequestIdsTest {

    @Test
    void saneClientIdIsKept() {
        BodySizeLimitFilterTest.FakeRequest request = new BodySizeLimitFilterTest.FakeRequest();
        request.headers.putSingle(RestConstants.REQUEST_ID_HEADER, "lb-7f3a.12:9");
        assertThat(RequestIds.ensure(request.context())).isEqualTo("lb-7f3a.12:9");
    }

    @Test
    void missingOrHostileIdIsReplacedByAUuid() {
        for (String hostile : new String[] {null, "", "a b", "x".repeat(129), "id\r\nSet-Cookie: a=b", "<script>"}) {
            BodySizeLimitFilterTest.FakeRequest request = new BodySizeLimitFilterTest.FakeRequest();
            if (hostile != null) {
                request.headers.putSingle(RestConstants.REQUEST_ID_HEADER, hostile);
            }
            String id = RequestIds.ensure(request.context());
            assertThat(id).matches("[0-9a-f-]{36}");
            assertThat(request.headers.getFirst(RestConstants.REQUEST_ID_HEADER)).isEqualTo(id);
            assertThat(RequestIds.ensure(request.context())).as("idempotent").isEqualTo(id);
        }
    }
}
