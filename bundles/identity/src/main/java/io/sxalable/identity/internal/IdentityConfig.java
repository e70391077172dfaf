package io.sxalable.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code io.sxalable.identity} ({@code etc/io.sxalable.identity.cfg}). */
@ObjectClassDefinition(name = "Sxalable identity", description = "Login, tokens and first-start bootstrap")
public @interface IdentityConfig {
    String PID = "io.sxalable.identity";

    @AttributeDefinition(name = "Access token lifetime (s)", min = "60", max = "86400",
            description = "Lifetime of the RS256 access JWT")
    int accessTokenTtlSeconds() default 900;

    @AttributeDefinition(name = "Refresh token lifetime (s)", min = "300", max = "7776000",
            description = "Lifetime of each refresh token; every refresh issues a new one")
    int refreshTokenTtlSeconds() default 604_800;

    @AttributeDefinition(name = "Clock skew (s)", min = "0", max = "300",
            description = "Tolerance when checking access token expiry and issue time")
    int clockSkewSeconds() default 30;

    @AttributeDefinition(name = "JWT signing key file", description = "PKCS#8 PEM RSA private key, created (mode "
            + "600) at first start. Empty means ${karaf.etc}/sxalable-jwt.pem")
    String jwtKeyFile() default "";

    @AttributeDefinition(name = "Bootstrap token file", description = "Where the one-time bootstrap token is "
            + "written (mode 600) while no user exists. Empty means ${karaf.data}/sxalable-bootstrap.token")
    String bootstrapTokenFile() default "";
}
