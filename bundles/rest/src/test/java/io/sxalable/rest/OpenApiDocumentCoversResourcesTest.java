package io.sxalable.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Page;
import io.sxalable.core.api.Permission;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.credentials.DeviceCredential;
import io.sxalable.core.api.credentials.NewDeviceCredential;
import io.sxalable.core.api.identity.ApiToken;
import io.sxalable.core.api.identity.CreatedApiToken;
import io.sxalable.core.api.identity.NewApiToken;
import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserUpdate;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterSpec;
import io.sxalable.core.api.inventory.RouterStatus;
import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantUpdate;
import io.sxalable.rest.api.AuditResource;
import io.sxalable.rest.api.AuthResource;
import io.sxalable.rest.api.BootstrapResource;
import io.sxalable.rest.health.HealthReport;
import io.sxalable.rest.problem.Problem;
import io.sxalable.rest.security.Public;
import io.sxalable.sdk.driver.BgpNeighbor;
import io.sxalable.sdk.driver.BgpState;
import io.sxalable.sdk.driver.Capability;
import io.sxalable.sdk.driver.DeviceFacts;
import io.sxalable.sdk.driver.DriverDescriptor;
import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.InterfaceInfo;

/**
 * Keeps the hand-written OpenAPI document in step with the JAX-RS resources of this bundle, found by scanning its
 * classes: every resource method is documented and every documented operation exists (same method, path, path and
 * query parameters, request body, success status), public operations are exactly the {@link Public} ones (and the
 * root application's, which the authentication filter does not cover), the schemas mirror the Java records they
 * describe, and the error codes, permissions and roles stated per operation are real.
 */
class OpenApiDocumentCoversResourcesTest {

    private static final String API_BASE = "/" + RestConstants.API_BASE;
    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<Class<? extends Annotation>> NON_ENTITY_PARAMETER = Set.of(Context.class,
            PathParam.class, QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class,
            FormParam.class, BeanParam.class);
    private static final Pattern PATH_PARAM = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");
    private static final Pattern PERMISSION_WITH_ROLES = Pattern.compile("\\b([A-Z][A-Z_]+) \\(roles ([A-Z, ]+)\\)");

    /** Resources this test must find, so that a broken scan cannot pass by finding nothing. */
    private static final List<String> KNOWN_RESOURCES = List.of("io.sxalable.rest.OpenApiResource",
            "io.sxalable.rest.health.HealthResource", "io.sxalable.rest.api.AuditResource",
            "io.sxalable.rest.api.AuthResource", "io.sxalable.rest.api.BootstrapResource",
            "io.sxalable.rest.api.CredentialResource", "io.sxalable.rest.api.DriverResource",
            "io.sxalable.rest.api.RouterResource", "io.sxalable.rest.api.TenantResource",
            "io.sxalable.rest.api.TokenResource", "io.sxalable.rest.api.UserResource");

    private enum Kind { REQUEST, RESPONSE, OTHER }

    private record Mirror(Class<?> type, Kind kind) {
    }

    /** Component schemas that describe a Java record, and how it is used. */
    private static final Map<String, Mirror> RECORD_SCHEMAS = new LinkedHashMap<>();
    /** Component schemas that describe a Java enum. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_SCHEMAS = new LinkedHashMap<>();
    /** Component schemas of {@code Map} results ({@code Map.of("completed", ...)} and the like). */
    private static final Set<String> MAP_SCHEMAS = Set.of("Status", "BootstrapStatus", "RunningConfig");

    static {
        RECORD_SCHEMAS.put("HealthReport", new Mirror(HealthReport.class, Kind.OTHER));
        RECORD_SCHEMAS.put("HealthComponent", new Mirror(HealthReport.Component.class, Kind.OTHER));
        RECORD_SCHEMAS.put("Problem", new Mirror(Problem.class, Kind.OTHER)); // NON_EMPTY: not all fields present
        RECORD_SCHEMAS.put("FieldError", new Mirror(Problem.FieldError.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("LoginRequest", new Mirror(AuthResource.LoginRequest.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("RefreshRequest", new Mirror(AuthResource.RefreshRequest.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("TokenResponse", new Mirror(AuthResource.TokenResponse.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("Me", new Mirror(AuthResource.Me.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("BootstrapRequest", new Mirror(BootstrapResource.BootstrapRequest.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("Tenant", new Mirror(Tenant.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("NewTenant", new Mirror(NewTenant.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("TenantUpdate", new Mirror(TenantUpdate.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("User", new Mirror(User.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("NewUser", new Mirror(NewUser.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("UserUpdate", new Mirror(UserUpdate.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("ApiToken", new Mirror(ApiToken.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("NewApiToken", new Mirror(NewApiToken.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("CreatedApiToken", new Mirror(CreatedApiToken.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("DeviceCredential", new Mirror(DeviceCredential.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("NewDeviceCredential", new Mirror(NewDeviceCredential.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("DriverDescriptor", new Mirror(DriverDescriptor.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("Router", new Mirror(Router.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("RouterCreate", new Mirror(RouterSpec.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("RouterUpdate", new Mirror(RouterSpec.class, Kind.REQUEST));
        RECORD_SCHEMAS.put("RouterPage", new Mirror(Page.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("DeviceFacts", new Mirror(DeviceFacts.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("InterfaceInfo", new Mirror(InterfaceInfo.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("InterfaceCounters", new Mirror(InterfaceCounters.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("BgpNeighbor", new Mirror(BgpNeighbor.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("AuditEntry", new Mirror(AuditResource.AuditEntryView.class, Kind.RESPONSE));
        RECORD_SCHEMAS.put("AuditPage", new Mirror(Page.class, Kind.RESPONSE));

        ENUM_SCHEMAS.put("Role", Role.class);
        ENUM_SCHEMAS.put("CloudProvider", CloudProvider.class);
        ENUM_SCHEMAS.put("RouterStatus", RouterStatus.class);
        ENUM_SCHEMAS.put("Capability", Capability.class);
        ENUM_SCHEMAS.put("BgpState", BgpState.class);
        ENUM_SCHEMAS.put("AuthMethod", Caller.AuthMethod.class);
    }

    private static final JsonNode DOC = read();
    private static final List<Class<?>> RESOURCES = resourceClasses();
    private static final List<Endpoint> ENDPOINTS = endpoints(RESOURCES);

    /** One JAX-RS resource method. */
    private record Endpoint(String httpMethod, String path, Class<?> resource, Method method, boolean isPublic) {
        String key() {
            return httpMethod + " " + normalise(path);
        }

        JsonNode operation() {
            return DOC.path("paths").path(path).path(httpMethod);
        }

        @Override
        public String toString() {
            return httpMethod.toUpperCase() + " " + path + " (" + resource.getSimpleName() + "." + method.getName()
                    + ")";
        }
    }

    /** One operation of the document. */
    private record Operation(String httpMethod, String path, JsonNode node) {
        String key() {
            return httpMethod + " " + normalise(path);
        }

        @Override
        public String toString() {
            return httpMethod.toUpperCase() + " " + path;
        }
    }

    // ------------------------------------------------------------------------------------------------- coverage

    @Test
    void scanFindsTheResourceClasses() {
        assertThat(RESOURCES).extracting(Class::getName).containsAll(KNOWN_RESOURCES);
        assertThat(ENDPOINTS).hasSizeGreaterThanOrEqualTo(KNOWN_RESOURCES.size());
    }

    @Test
    void everyResourceMethodIsDocumented() {
        Set<String> documented = operations().stream().map(Operation::key).collect(Collectors.toSet());
        assertThat(ENDPOINTS.stream().filter(e -> !documented.contains(e.key())).toList())
                .as("resource methods missing from openapi.json").isEmpty();
        // same spelling of the path, parameter names included
        assertThat(ENDPOINTS.stream().filter(e -> e.operation().isMissingNode()).toList())
                .as("resource methods documented under another path parameter name").isEmpty();
    }

    @Test
    void everyDocumentedOperationExists() {
        Set<String> implemented = ENDPOINTS.stream().map(Endpoint::key).collect(Collectors.toSet());
        assertThat(operations().stream().filter(o -> !implemented.contains(o.key())).toList())
                .as("operations in openapi.json that no resource method serves").isEmpty();
        assertThat(ENDPOINTS.stream().map(Endpoint::key).distinct().count()).as("ambiguous resource methods")
                .isEqualTo(ENDPOINTS.size());
    }

    @Test
    void publicOperationsAreExactlyThePublicMethods() {
        assertThat(DOC.at("/components/securitySchemes/bearerAuth/type").asText()).isEqualTo("http");
        assertThat(DOC.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(DOC.at("/security/0/bearerAuth").isArray()).as("bearer auth applies globally").isTrue();
        for (Endpoint e : ENDPOINTS) {
            JsonNode security = e.operation().get("security");
            boolean documentedPublic = security != null && security.isArray() && security.isEmpty();
            assertThat(documentedPublic).as("%s is %s in the code", e, e.isPublic() ? "public" : "secured")
                    .isEqualTo(e.isPublic());
            if (security != null && !documentedPublic) {
                fail("%s overrides the global security; only public operations should (with [])", e);
            }
        }
    }

    @Test
    void parametersMatchTheCode() {
        for (Endpoint e : ENDPOINTS) {
            Map<String, Set<String>> inCode = new TreeMap<>(Map.of("path", new TreeSet<>(), "query", new TreeSet<>()));
            for (Parameter p : e.method().getParameters()) {
                if (p.isAnnotationPresent(PathParam.class)) {
                    inCode.get("path").add(p.getAnnotation(PathParam.class).value());
                }
                if (p.isAnnotationPresent(QueryParam.class)) {
                    inCode.get("query").add(p.getAnnotation(QueryParam.class).value());
                }
            }
            Map<String, Set<String>> documented =
                    new TreeMap<>(Map.of("path", new TreeSet<>(), "query", new TreeSet<>()));
            for (JsonNode ref : e.operation().path("parameters")) {
                JsonNode param = resolve(ref);
                String in = param.path("in").asText();
                assertThat(documented).as("%s: parameter location '%s'", e, in).containsKey(in);
                assertThat(documented.get(in).add(param.path("name").asText()))
                        .as("%s: parameter %s documented twice", e, param.path("name")).isTrue();
                if (in.equals("path")) {
                    assertThat(param.path("required").asBoolean()).as("%s: path parameter %s required", e,
                            param.path("name")).isTrue();
                }
                assertThat(param.has("schema")).as("%s: parameter %s has a schema", e, param.path("name")).isTrue();
            }
            assertThat(documented).as("%s: path and query parameters", e).isEqualTo(inCode);
            Set<String> inPath = new TreeSet<>();
            Matcher m = PATH_PARAM.matcher(e.path());
            while (m.find()) {
                inPath.add(m.group(1));
            }
            assertThat(inPath).as("%s: {placeholders} are the path parameters", e).isEqualTo(inCode.get("path"));
        }
    }

    @Test
    void requestBodiesMatchTheCode() {
        for (Endpoint e : ENDPOINTS) {
            List<Parameter> entities = Arrays.stream(e.method().getParameters())
                    .filter(p -> Arrays.stream(p.getAnnotations())
                            .noneMatch(a -> NON_ENTITY_PARAMETER.contains(a.annotationType())))
                    .toList();
            assertThat(entities).as("%s: at most one entity parameter", e).hasSizeLessThanOrEqualTo(1);
            JsonNode body = e.operation().get("requestBody");
            if (entities.isEmpty()) {
                assertThat(body).as("%s takes no request body", e).isNull();
                continue;
            }
            assertThat(body).as("%s takes a request body", e).isNotNull();
            assertThat(body.path("required").asBoolean()).as("%s: body required", e).isTrue();
            assertThat(consumes(e)).as("%s consumes JSON", e).contains(MediaType.APPLICATION_JSON);
            JsonNode schema = body.at("/content/application~1json/schema");
            assertThat(schema.isMissingNode()).as("%s: application/json request schema", e).isFalse();
            assertSchemaDescribes(schema, e.method().getGenericParameterTypes()[indexOf(e.method(), entities.get(0))],
                    e + " request body");
        }
    }

    @Test
    void successResponsesMatchTheReturnTypes() {
        for (Endpoint e : ENDPOINTS) {
            JsonNode responses = e.operation().path("responses");
            List<String> success = new ArrayList<>();
            responses.fieldNames().forEachRemaining(s -> {
                if (s.startsWith("2")) {
                    success.add(s);
                }
            });
            Class<?> returned = e.method().getReturnType();
            if (returned == void.class) {
                assertThat(success).as("%s returns nothing: JAX-RS answers 204", e).containsExactly("204");
                assertThat(responses.path("204").has("content")).as("%s: 204 has no body", e).isFalse();
            } else if (returned == Response.class) {
                assertThat(success).as("%s: documented success status", e).isNotEmpty();
            } else {
                assertThat(success).as("%s returns an entity: JAX-RS answers 200", e).containsExactly("200");
                JsonNode content = responses.path("200").path("content");
                assertThat(content.has(MediaType.APPLICATION_JSON)).as("%s: 200 is application/json", e).isTrue();
                assertSchemaDescribes(content.path(MediaType.APPLICATION_JSON).path("schema"),
                        e.method().getGenericReturnType(), e + " response");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- schemas

    @Test
    void schemasMirrorTheJavaRecords() {
        RECORD_SCHEMAS.forEach((name, mirror) -> {
            JsonNode schema = DOC.path("components").path("schemas").path(name);
            assertThat(schema.path("type").asText()).as("schema %s", name).isEqualTo("object");
            Set<String> properties = names(schema.path("properties"));
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent rc : mirror.type().getRecordComponents()) {
                components.put(rc.getName(), rc);
            }
            assertThat(properties).as("properties of schema %s = the components of %s", name,
                    mirror.type().getName()).containsExactlyInAnyOrderElementsOf(components.keySet());
            Set<String> required = texts(schema.path("required"));
            assertThat(properties).as("schema %s: required fields exist", name).containsAll(required);
            if (mirror.kind() == Kind.REQUEST) {
                assertThat(schema.path("additionalProperties").isBoolean()
                        && !schema.path("additionalProperties").asBoolean())
                        .as("request schema %s: unknown fields are rejected (additionalProperties: false)", name)
                        .isTrue();
            }
            if (mirror.kind() == Kind.RESPONSE) {
                assertThat(required).as("response schema %s: Jackson writes every field, null included", name)
                        .isEqualTo(properties);
            }
            components.forEach((field, rc) -> assertPropertyType(name + "." + field,
                    schema.path("properties").path(field), rc, mirror.kind()));
        });
    }

    @Test
    void enumSchemasMirrorTheJavaEnums() {
        ENUM_SCHEMAS.forEach((name, type) -> {
            JsonNode schema = DOC.path("components").path("schemas").path(name);
            assertThat(schema.path("type").asText()).as("schema %s", name).isEqualTo("string");
            assertThat(texts(schema.path("enum"))).as("schema %s = the constants of %s", name, type.getName())
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
    }

    @Test
    void everySchemaIsCheckedAgainstTheCode() {
        Set<String> schemas = names(DOC.path("components").path("schemas"));
        Set<String> checked = new TreeSet<>(RECORD_SCHEMAS.keySet());
        checked.addAll(ENUM_SCHEMAS.keySet());
        checked.addAll(MAP_SCHEMAS);
        assertThat(schemas).as("component schemas (add new ones to this test's tables)")
                .containsExactlyInAnyOrderElementsOf(checked);
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        collectRefs(DOC, broken);
        assertThat(broken).as("$refs pointing nowhere").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- semantics

    @Test
    void operationIdsAreUnique() {
        List<String> ids = operations().stream().map(o -> o.node().path("operationId").asText()).toList();
        assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void errorCodesAreRealAndEachHasItsResponse() {
        for (Operation op : operations()) {
            JsonNode listed = op.node().get("x-error-codes");
            assertThat(listed).as("%s lists its error codes (x-error-codes)", op).isNotNull();
            Map<String, ErrorCode> codes = new LinkedHashMap<>();
            for (JsonNode n : listed) {
                codes.put(n.asText(), errorCode(n.asText(), op));
            }
            JsonNode responses = op.node().path("responses");
            for (ErrorCode code : codes.values()) {
                JsonNode response = resolve(responses.path(String.valueOf(code.httpStatus())));
                assertThat(response.isMissingNode()).as("%s: %s needs a %d response", op, code, code.httpStatus())
                        .isFalse();
                assertThat(response.path("description").asText()).as("%s: %d response names %s", op,
                        code.httpStatus(), code).containsPattern("\\b" + code.name() + "\\b");
            }
            responses.fields().forEachRemaining(entry -> {
                JsonNode response = resolve(entry.getValue());
                if (!response.path("content").has(Problem.MEDIA_TYPE)) {
                    return; // success, or /health's 503 which carries the health report
                }
                int status = Integer.parseInt(entry.getKey());
                assertThat(response.at("/content/application~1problem+json/schema/$ref").asText())
                        .as("%s %d: problem schema", op, status).isEqualTo("#/components/schemas/Problem");
                Matcher m = Pattern.compile("\\b[A-Z][A-Z_]+\\b").matcher(response.path("description").asText());
                boolean any = false;
                while (m.find()) {
                    if (Arrays.stream(ErrorCode.values()).anyMatch(c -> c.name().equals(m.group()))) {
                        ErrorCode named = ErrorCode.valueOf(m.group());
                        assertThat(named.httpStatus()).as("%s: %s described under %d", op, named, status)
                                .isEqualTo(status);
                        assertThat(codes).as("%s: %s described but not in x-error-codes", op, named)
                                .containsKey(named.name());
                        any = true;
                    }
                }
                assertThat(any).as("%s %d names the codes it stands for", op, status).isTrue();
            });
            Endpoint endpoint = endpoint(op);
            if (endpoint != null && !endpoint.isPublic()) {
                assertThat(codes).as("%s is secured", op).containsKeys("UNAUTHENTICATED", "TOKEN_INVALID");
            } else {
                assertThat(codes).as("%s is public", op).doesNotContainKey("UNAUTHENTICATED");
            }
            if (op.node().has("requestBody")) {
                assertThat(codes).as("%s reads a JSON body", op).containsKeys("MALFORMED_JSON", "VALIDATION_FAILED",
                        "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE");
            }
            if (op.node().path("x-permissions").size() > 0) {
                assertThat(codes).as("%s checks permissions", op).containsKey("FORBIDDEN");
            }
        }
    }

    @Test
    void accessIsStatedAndRolesMatchThePermissions() {
        for (Operation op : operations()) {
            String description = op.node().path("description").asText();
            assertThat(description).as("%s states who may call it", op).contains("**Access:**");
            for (JsonNode p : op.node().path("x-permissions")) {
                Permission permission = permission(p.asText(), op);
                assertThat(description).as("%s names %s with its roles", op, permission)
                        .contains(permission.name() + " (roles ");
            }
            Matcher m = PERMISSION_WITH_ROLES.matcher(description);
            while (m.find()) {
                Permission permission = permission(m.group(1), op);
                String roles = Arrays.stream(Role.values())
                        .filter(r -> permission.grantedToAnyOf(Set.of(r)))
                        .map(Role::name)
                        .collect(Collectors.joining(", "));
                assertThat(m.group(2)).as("%s: roles granted %s", op, permission).isEqualTo(roles);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(OpenApiResource.load());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        DOC.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.contains(op.getKey())) {
                out.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
            }
        }));
        return out;
    }

    private static Endpoint endpoint(Operation op) {
        return ENDPOINTS.stream().filter(e -> e.key().equals(op.key())).findFirst().orElse(null);
    }

    /** {@code /routers/{id}} and {@code /routers/{name}} are the same path. */
    private static String normalise(String path) {
        return PATH_PARAM.matcher(path).replaceAll("{}");
    }

    /** The classes of this bundle (not its tests) that carry {@code @Path}. */
    private static List<Class<?>> resourceClasses() {
        URL location = OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation();
        List<String> names = new ArrayList<>();
        try {
            java.nio.file.Path root = java.nio.file.Path.of(location.toURI());
            if (Files.isDirectory(root)) {
                try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                    files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                            .filter(f -> f.endsWith(".class"))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError("cannot list the classes at " + location, e);
        }
        ClassLoader loader = OpenApiResource.class.getClassLoader();
        List<Class<?>> out = new ArrayList<>();
        for (String file : names) {
            String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            if (!name.startsWith("io.sxalable.rest.") || name.endsWith("package-info")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    out.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new AssertionError("cannot load " + name, e);
            }
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }

    private static List<Endpoint> endpoints(List<Class<?>> resources) {
        List<Endpoint> out = new ArrayList<>();
        for (Class<?> type : resources) {
            String base = basePath(type);
            String classPath = type.getAnnotation(Path.class).value();
            for (Method m : type.getMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    assertThat(m.isAnnotationPresent(Path.class))
                            .as("%s.%s is a sub-resource locator, which this test does not follow", type.getName(),
                                    m.getName()).isFalse();
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String path = join(base, classPath, methodPath == null ? "" : methodPath.value());
                // The authentication filter is selected into the API application only; the root application
                // (/health, /ready, /alive) is public as a whole.
                boolean isPublic = !base.equals(API_BASE) || m.isAnnotationPresent(Public.class)
                        || type.isAnnotationPresent(Public.class);
                out.add(new Endpoint(http, path, type, m, isPublic));
            }
        }
        return out;
    }

    /** Where the whiteboard serves a resource: read from the DS descriptor bnd generates from its annotations. */
    private static String basePath(Class<?> type) {
        String descriptor = "OSGI-INF/" + type.getName() + ".xml";
        try (InputStream in = type.getClassLoader().getResourceAsStream(descriptor)) {
            assertThat(in).as("%s (generated by bnd at process-classes)", descriptor).isNotNull();
            NodeList properties = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                if ("osgi.jaxrs.application.select".equals(property.getAttribute("name"))) {
                    String select = property.hasAttribute("value") ? property.getAttribute("value")
                            : property.getTextContent().trim();
                    if (select.equals(RestConstants.SELECT_API)) {
                        return API_BASE;
                    }
                    if (select.equals(RestConstants.SELECT_ROOT)) {
                        return "";
                    }
                    fail("%s: unexpected application select %s", type.getName(), select);
                }
            }
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("cannot read " + descriptor, e);
        }
        throw new AssertionError(type.getName() + " selects no JAX-RS application");
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static String join(String... parts) {
        String path = ("/" + String.join("/", parts)).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return PATH_PARAM.matcher(path).replaceAll("{$1}"); // drop regular expressions: {id: [0-9]+} -> {id}
    }

    private static List<String> consumes(Endpoint e) {
        Consumes c = e.method().isAnnotationPresent(Consumes.class) ? e.method().getAnnotation(Consumes.class)
                : e.resource().getAnnotation(Consumes.class);
        return c == null ? List.of() : List.of(c.value());
    }

    private static int indexOf(Method m, Parameter p) {
        return Arrays.asList(m.getParameters()).indexOf(p);
    }

    /** Asserts that {@code schema} describes values of {@code type}: the right component schema, list or page. */
    private static void assertSchemaDescribes(JsonNode schema, Type type, String where) {
        Class<?> raw = raw(type);
        if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw)) {
            assertThat(schema.path("type").asText()).as("%s: array", where).isEqualTo("array");
            assertSchemaDescribes(schema.path("items"), p.getActualTypeArguments()[0], where + " items");
        } else if (type instanceof ParameterizedType p && raw == Page.class) {
            String name = refName(schema, where);
            assertThat(RECORD_SCHEMAS.get(name)).as("%s: schema %s is a page", where, name).isNotNull();
            assertThat(RECORD_SCHEMAS.get(name).type()).as("%s: schema %s is a page", where, name)
                    .isEqualTo(Page.class);
            assertSchemaDescribes(DOC.path("components").path("schemas").path(name).path("properties").path("items"),
                    new ListOf(p.getActualTypeArguments()[0]), where + " page");
        } else if (Map.class.isAssignableFrom(raw)) {
            JsonNode target = resolve(schema);
            assertThat(target.path("type").asText()).as("%s: JSON object", where).isEqualTo("object");
        } else if (raw.isRecord()) {
            String name = refName(schema, where);
            assertThat(RECORD_SCHEMAS.get(name)).as("%s: schema %s describes %s", where, name, raw.getName())
                    .isNotNull();
            assertThat(RECORD_SCHEMAS.get(name).type()).as("%s: schema %s describes %s", where, name, raw.getName())
                    .isEqualTo(raw);
        }
    }

    /** {@code List<T>} for a type argument, to reuse the list branch above. */
    private record ListOf(Type element) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {element};
        }

        @Override
        public Type getRawType() {
            return List.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    /** The JSON type of one record component as Jackson (configured by ObjectMappers) writes and reads it. */
    private static void assertPropertyType(String where, JsonNode property, RecordComponent rc, Kind kind) {
        if (rc.getAccessor().isAnnotationPresent(JsonRawValue.class)) {
            return; // embedded JSON text: any JSON value
        }
        Type type = rc.getGenericType();
        boolean optional = false;
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            type = p.getActualTypeArguments()[0];
            optional = true;
        } else if (type == OptionalLong.class) {
            type = long.class;
            optional = true;
        } else if (type == OptionalInt.class) {
            type = int.class;
            optional = true;
        }
        JsonNode p = property;
        boolean nullable = p.path("nullable").asBoolean(false);
        if (p.has("allOf") && p.path("allOf").size() == 1) { // {"allOf": [{"$ref": ...}], "nullable": true}
            p = p.path("allOf").path(0);
        }
        if (optional && kind == Kind.RESPONSE) {
            assertThat(nullable).as("%s is Optional: its value or null", where).isTrue();
        }
        Class<?> raw = raw(type);
        if (raw.isEnum()) {
            String name = refName(p, where);
            assertThat(ENUM_SCHEMAS.get(name)).as("%s: enum schema %s", where, name).isEqualTo(raw);
        } else if (raw == String.class) {
            assertThat(p.path("type").asText()).as("%s: string", where).isEqualTo("string");
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            assertThat(p.path("type").asText() + "/" + p.path("format").asText()).as("%s: ISO-8601 string", where)
                    .isEqualTo("string/date-time");
        } else if (raw == Duration.class) {
            assertThat(p.path("type").asText() + "/" + p.path("format").asText()).as("%s: ISO-8601 duration", where)
                    .isEqualTo("string/duration");
        } else if (raw == UUID.class) {
            assertThat(p.path("type").asText() + "/" + p.path("format").asText()).as("%s: UUID", where)
                    .isEqualTo("string/uuid");
        } else if (raw == boolean.class || raw == Boolean.class) {
            assertThat(p.path("type").asText()).as("%s: boolean", where).isEqualTo("boolean");
        } else if (raw == long.class || raw == Long.class) {
            assertThat(p.path("type").asText() + "/" + p.path("format").asText()).as("%s: 64-bit integer", where)
                    .isEqualTo("integer/int64");
        } else if (raw == int.class || raw == Integer.class) {
            assertThat(p.path("type").asText()).as("%s: integer", where).isEqualTo("integer");
            assertThat(p.path("format").asText("int32")).as("%s: 32-bit integer", where).isEqualTo("int32");
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertThat(p.path("type").asText()).as("%s: array", where).isEqualTo("array");
            if (Set.class.isAssignableFrom(raw)) {
                assertThat(p.path("uniqueItems").asBoolean()).as("%s: a set", where).isTrue();
            }
        } else if (raw.isRecord()) {
            String name = refName(p, where);
            assertThat(RECORD_SCHEMAS.get(name)).as("%s: schema %s", where, name).isNotNull();
            assertThat(RECORD_SCHEMAS.get(name).type()).as("%s: schema %s", where, name).isEqualTo(raw);
        } else if (raw == Map.class) {
            assertThat(p.path("type").asText()).as("%s: object", where).isEqualTo("object");
        } else if (raw != Object.class) { // Object: a type variable (Page<T>.items), checked per use
            fail("%s: no rule for Java type %s in this test", where, type);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class; // type variable or wildcard
    }

    private static String refName(JsonNode schema, String where) {
        String ref = schema.path("$ref").asText();
        assertThat(ref).as("%s: a $ref to a component schema", where).startsWith("#/components/schemas/");
        return ref.substring("#/components/schemas/".length());
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = DOC.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static void collectRefs(JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || DOC.at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, broken));
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static ErrorCode errorCode(String name, Operation op) {
        try {
            return ErrorCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(op + ": '" + name + "' is not an ErrorCode");
        }
    }

    private static Permission permission(String name, Operation op) {
        try {
            return Permission.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(op + ": '" + name + "' is not a Permission");
        }
    }
}
