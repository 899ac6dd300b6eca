package io.c360.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** API keys by hash, HS256 tokens with their claims, live-stream tickets, and refusing to start unprotected. */
class ApiKeysAndTokensTest {
    private static final Roles ROLES = Roles.load(ConfigLoader.load(null, Map.of(), Map.of()));
    private static final String SECRET = "a-jwt-secret-of-at-least-thirty-two-bytes!";
    private static final String ISSUER = "https://login.example.com";

    @Test
    void aKeyIsKnownByItsHashOnlyAndAWrongKeyIsNot() {
        ApiKeys keys = ApiKeys.parse("alice:agent:" + ApiKeys.hash("alice-key") + ", bob:marketer:"
            + ApiKeys.hash("bob-key"), ROLES);
        Principal bob = keys.authenticate("bob-key").orElseThrow();
        assertEquals("bob", bob.name());
        assertEquals("marketer", bob.role().name());
        assertEquals("agent", keys.authenticate("alice-key").orElseThrow().role().name());
        assertTrue(keys.authenticate("alice-key ").isEmpty());
        assertTrue(keys.authenticate(ApiKeys.hash("alice-key")).isEmpty(), "the hash is not the key");
    }

    @Test
    void aKeyPastedWhereItsHashBelongsIsRefusedWithoutEchoingIt() {
        ConfigException e = assertThrows(ConfigException.class,
            () -> ApiKeys.parse("alice:agent:my-plain-secret-key", ROLES));
        assertFalse(e.getMessage().contains("my-plain-secret-key"), e.getMessage());
        assertThrows(ConfigException.class, () -> ApiKeys.parse("alice:nobody:" + ApiKeys.hash("k"), ROLES));
    }

    @Test
    void aValidHs256TokenNamesItsSubjectAndRole() {
        String token = token(Algorithm.HMAC256(SECRET), ISSUER, "analyst", Instant.now().plusSeconds(300), null);
        Principal p = jwt().verify(token).orElseThrow();
        assertEquals("carol", p.name());
        assertEquals("analyst", p.role().name());
    }

    @Test
    void expiredNotYetValidForeignIssuerOtherAlgorithmUnsignedTamperedOrUnknownRoleTokensAreRefused() {
        Instant later = Instant.now().plusSeconds(300);
        JwtVerifier jwt = jwt();
        assertTrue(jwt.verify(token(Algorithm.HMAC256(SECRET), ISSUER, "agent", Instant.now().minusSeconds(120),
            null)).isEmpty(), "expired");
        assertTrue(jwt.verify(token(Algorithm.HMAC256(SECRET), ISSUER, "agent", later,
            Instant.now().plusSeconds(120))).isEmpty(), "not before");
        assertTrue(jwt.verify(token(Algorithm.HMAC256(SECRET), "https://evil.example", "agent", later, null))
            .isEmpty(), "issuer");
        assertTrue(jwt.verify(token(Algorithm.HMAC384(SECRET), ISSUER, "agent", later, null)).isEmpty(), "HS384");
        assertTrue(jwt.verify(token(Algorithm.HMAC256("another-secret-of-at-least-thirty-two-bytes"), ISSUER,
            "agent", later, null)).isEmpty(), "other secret");
        assertTrue(jwt.verify(token(Algorithm.none(), ISSUER, "admin", later, null)).isEmpty(), "alg none");
        assertTrue(jwt.verify(token(Algorithm.HMAC256(SECRET), ISSUER, "root", later, null)).isEmpty(), "role");
        String good = token(Algorithm.HMAC256(SECRET), ISSUER, "marketer", later, null);
        String[] parts = good.split("\\.");
        String admin = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("marketer", "admin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(admin.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(jwt.verify(tampered).isEmpty(), "tampered payload");
        assertTrue(jwt.verify("not.a.token").isEmpty());
    }

    @Test
    void aShortJwtSecretIsRefused() {
        assertThrows(ConfigException.class, () -> JwtVerifier.create("short", ISSUER, ROLES));
    }

    @Test
    void authenticationOnWithoutKeysOrSecretRefusesToStartAndOffActsAsAdmin() {
        ConfigException e = assertThrows(ConfigException.class, () -> Security.from(config(Map.of())));
        assertTrue(e.getMessage().contains("c360.auth.api.keys"), e.getMessage());
        Security off = Security.from(config(Map.of("c360.auth.enabled", "false")));
        assertEquals("admin", off.authenticate(null).orElseThrow().role().name());
    }

    @Test
    void bearerKeysAndTokensPassTheHeaderAnythingElseDoesNot() {
        Security security = Security.from(config(Map.of("c360.auth.api.keys", "k:agent:" + ApiKeys.hash("the-key"),
            "c360.auth.jwt.secret", SECRET, "c360.auth.jwt.issuer", ISSUER)));
        assertEquals("k", security.authenticate("Bearer the-key").orElseThrow().name());
        assertEquals("k", security.authenticate("bearer  the-key").orElseThrow().name());
        String token = token(Algorithm.HMAC256(SECRET), ISSUER, "auditor", Instant.now().plusSeconds(60), null);
        assertEquals("auditor", security.authenticate("Bearer " + token).orElseThrow().role().name());
        assertEquals(Optional.empty(), security.authenticate(null));
        assertEquals(Optional.empty(), security.authenticate("Basic dGhlLWtleQ=="));
        assertEquals(Optional.empty(), security.authenticate("Bearer "));
        assertEquals(Optional.empty(), security.authenticate("Bearer wrong"));
        assertFalse(security.internalCaller(null));
        assertFalse(security.internalCaller("guess"));
        assertTrue(security.internalCaller(security.internalSecret()));
    }

    @Test
    void aStreamTicketOpensItsCustomerOnlyAndOnlyUntilItExpires() {
        Principal agent = new Principal("alice", ROLES.require("agent"));
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        StreamTickets issuer = new StreamTickets(new Hmac("s3cret"), ROLES, Clock.fixed(now, ZoneOffset.UTC));
        String ticket = issuer.issue(agent, "c-1");
        assertEquals(agent, issuer.verify(ticket, "c-1").orElseThrow());
        assertTrue(issuer.verify(ticket, "c-2").isEmpty(), "another customer");
        assertTrue(issuer.verify(ticket.substring(0, ticket.length() - 2) + "xx", "c-1").isEmpty(), "forged");
        assertTrue(new StreamTickets(new Hmac("other"), ROLES, Clock.fixed(now, ZoneOffset.UTC))
            .verify(ticket, "c-1").isEmpty(), "other deployment");
        StreamTickets later = new StreamTickets(new Hmac("s3cret"), ROLES,
            Clock.fixed(now.plus(StreamTickets.LIFETIME).plusSeconds(1), ZoneOffset.UTC));
        assertTrue(later.verify(ticket, "c-1").isEmpty(), "expired");
    }

    private static AppConfig config(Map<String, String> overrides) {
        return ConfigLoader.load(null, Map.of(), overrides);
    }

    private static JwtVerifier jwt() {
        return JwtVerifier.create(SECRET, ISSUER, ROLES).orElseThrow();
    }

    private static String token(Algorithm algorithm, String issuer, String role, Instant expires, Instant notBefore) {
        var builder = JWT.create().withIssuer(issuer).withSubject("carol").withClaim("role", role)
            .withExpiresAt(Date.from(expires)).withIssuedAt(new Date());
        if (notBefore != null) {
            builder.withNotBefore(Date.from(notBefore));
        }
        return builder.sign(algorithm);
    }
}
