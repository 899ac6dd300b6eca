package io.c360.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.c360.config.ConfigException;

/**
 * Signed tokens (JWT) from an identity provider that shares an HMAC secret with c360: HS256 only (a token
 * naming another algorithm, "none" included, is refused), signature compared in constant time, {@code exp}
 * required, {@code nbf}/{@code iat} honoured with a small leeway, {@code iss} must match. The subject
 * ({@code sub}) is the principal's name, the claim {@code role} its role.
 */
public final class JwtVerifier {
    static final long LEEWAY_SECONDS = 30;
    static final int MIN_SECRET_BYTES = 32;

    private final JWTVerifier verifier;
    private final Roles roles;

    private JwtVerifier(JWTVerifier verifier, Roles roles) {
        this.verifier = verifier;
        this.roles = roles;
    }

    /** Empty when no secret is configured: then tokens are not accepted at all. */
    public static Optional<JwtVerifier> create(String secret, String issuer, Roles roles) {
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new ConfigException("c360.auth.jwt.secret must be at least " + MIN_SECRET_BYTES
                + " bytes long (HS256 needs a 256-bit secret)");
        }
        if (issuer.isEmpty()) {
            throw new ConfigException("c360.auth.jwt.issuer must name the issuer tokens are accepted from");
        }
        JWTVerifier verifier = JWT.require(Algorithm.HMAC256(secret))
            .withIssuer(issuer)
            .withClaimPresence("exp")
            .withClaimPresence("sub")
            .acceptLeeway(LEEWAY_SECONDS)
            .build();
        return Optional.of(new JwtVerifier(verifier, roles));
    }

    /** The token's principal, or empty when it is not a valid token of ours (expired, forged, other issuer…). */
    public Optional<Principal> verify(String token) {
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token);
        } catch (JWTVerificationException e) {
            return Optional.empty();
        }
        String role = jwt.getClaim("role").asString();
        return role == null ? Optional.empty()
            : roles.role(role).map(r -> new Principal(jwt.getSubject(), r));
    }

    /** True when the text has the three dot-separated parts of a JWS: worth trying as a token. */
    public static boolean looksLikeToken(String credential) {
        return credential.chars().filter(c -> c == '.').count() == 2;
    }
}
