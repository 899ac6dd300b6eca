package io.c360.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import io.c360.config.AppConfig;
import io.c360.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may call the API and what they see, from config: API keys and JWTs for clients, a shared secret for
 * the instances' internal endpoints, stream tickets for the live page, and the roles' masking.
 */
public final class Security {
    private static final Logger LOG = LoggerFactory.getLogger(Security.class);
    public static final String BEARER = "Bearer ";
    /** The role of every request when authentication is switched off (development only). */
    static final String DISABLED_ROLE = "admin";

    private final boolean enabled;
    private final Roles roles;
    private final ApiKeys keys;
    private final Optional<JwtVerifier> jwt;
    private final String internalSecret;
    private final StreamTickets tickets;
    private final FieldMasking masking;

    private Security(boolean enabled, Roles roles, ApiKeys keys, Optional<JwtVerifier> jwt, String internalSecret,
                     String pseudonymKey) {
        this.enabled = enabled;
        this.roles = roles;
        this.keys = keys;
        this.jwt = jwt;
        this.internalSecret = internalSecret;
        this.tickets = new StreamTickets(new Hmac(internalSecret), roles, Clock.systemUTC());
        this.masking = new FieldMasking(new Pseudonyms(new Hmac(pseudonymKey)));
    }

    /** Refuses (ConfigException) a configuration that turns authentication on with no way to pass it. */
    public static Security from(AppConfig config) {
        Roles roles = Roles.load(config);
        boolean enabled = config.getBoolean("c360.auth.enabled");
        ApiKeys keys = ApiKeys.parse(config.get("c360.auth.api.keys", ""), roles);
        Optional<JwtVerifier> jwt = JwtVerifier.create(config.get("c360.auth.jwt.secret", ""),
            config.get("c360.auth.jwt.issuer", ""), roles);
        if (enabled && keys.isEmpty() && jwt.isEmpty()) {
            throw new ConfigException("authentication is on but no API key or JWT secret is configured: set "
                + "c360.auth.api.keys (README, \"Authentication, roles and audit\"), or c360.auth.enabled=false for "
                + "development only");
        }
        if (!enabled) {
            LOG.warn("AUTHENTICATION IS OFF (c360.auth.enabled=false): anyone who reaches port {} reads every "
                + "profile as {}. Never run like this with real data.", config.get("c360.http.port"), DISABLED_ROLE);
        }
        String internal = config.get("c360.http.internal.secret", "");
        if (internal.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            internal = HexFormat.of().formatHex(random);
            LOG.info("c360.http.internal.secret is not set: this instance accepts no forwarded queries from other "
                + "instances; set the same secret on every instance to run more than one");
        }
        String pseudonymKey = config.get("c360.auth.pseudonym.key", "");
        return new Security(enabled, roles, keys, jwt, internal,
            pseudonymKey.isEmpty() ? "pseudonym|" + internal : pseudonymKey);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The principal of an {@code Authorization} header ({@code Bearer <key or token>}), if it is valid. */
    public Optional<Principal> authenticate(String authorization) {
        if (!enabled) {
            return Optional.of(new Principal("anonymous", roles.require(DISABLED_ROLE)));
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String credential = authorization.substring(BEARER.length()).trim();
        if (credential.isEmpty()) {
            return Optional.empty();
        }
        Optional<Principal> byKey = keys.authenticate(credential);
        if (byKey.isPresent() || jwt.isEmpty() || !JwtVerifier.looksLikeToken(credential)) {
            return byKey;
        }
        return jwt.get().verify(credential);
    }

    /** A live-stream ticket's principal, if the ticket is valid for this customer. */
    public Optional<Principal> ticket(String ticket, String customerId) {
        return enabled ? tickets.verify(ticket, customerId) : authenticate(null);
    }

    public String issueTicket(Principal principal, String customerId) {
        return tickets.issue(principal, customerId);
    }

    /** True when the header carries the instances' shared secret. */
    public boolean internalCaller(String presented) {
        return Hmac.equal(internalSecret, presented);
    }

    public String internalSecret() {
        return internalSecret;
    }

    public FieldMasking masking() {
        return masking;
    }
}
