package io.sxalable.rest;

/** Whiteboard names and filters shared by the components of this bundle. */
public final class RestConstants {

    /** {@code osgi.jaxrs.name} of the versioned API application, served under {@link #API_BASE}. */
    public static final String API_APPLICATION = "sxalable";

    /** Base path of the versioned API. */
    public static final String API_BASE = "api/v1";

    /**
     * The whiteboard's default application, served at {@code /}: {@code /health}, {@code /ready}, {@code /alive} and
     * any unknown path outside {@link #API_BASE} land there, so it gets our JSON and problem+json extensions too.
     */
    public static final String DEFAULT_APPLICATION = ".default";

    /** Selects the API application: every resource served under /api/v1 uses it. */
    public static final String SELECT_API = "(osgi.jaxrs.name=" + API_APPLICATION + ")";

    /** Selects the default (root) application. */
    public static final String SELECT_ROOT = "(osgi.jaxrs.name=" + DEFAULT_APPLICATION + ")";

    /** Extensions of this bundle apply to both applications. */
    public static final String SELECT_ALL = "(|" + SELECT_API + SELECT_ROOT + ")";

    /** {@code osgi.jaxrs.name} of the Jackson provider. */
    public static final String JSON_EXTENSION = "sxalable.json";

    /** {@code osgi.jaxrs.name} of the catch-all exception mapper. */
    public static final String PROBLEM_EXTENSION = "sxalable.problems";

    /** Request header carrying the request id; echoed on every response. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private RestConstants() {
    }
}
