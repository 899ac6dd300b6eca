package io.c360.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Short-lived tickets for the live page: a browser's EventSource cannot send an Authorization header, so the
 * page trades its key for a ticket (POST /customers/{id}/events/ticket) and passes it as a query parameter.
 * A ticket names the principal, role and customer, expires within seconds, is signed with the instances'
 * shared secret (so any instance accepts it), and opens that customer's stream only.
 */
public final class StreamTickets {
    static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final Hmac hmac;
    private final Roles roles;
    private final Clock clock;

    public StreamTickets(Hmac hmac, Roles roles, Clock clock) {
        this.hmac = hmac;
        this.roles = roles;
        this.clock = clock;
    }

    public String issue(Principal principal, String customerId) {
        long expires = clock.millis() + LIFETIME.toMillis();
        String payload = String.join("\n", principal.name(), principal.role().name(), customerId,
            Long.toString(expires));
        String body = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODE.encodeToString(hmac.sign("ticket|" + body));
    }

    public Optional<Principal> verify(String ticket, String customerId) {
        int dot = ticket.indexOf('.');
        if (dot <= 0 || ticket.length() > 2048) {
            return Optional.empty();
        }
        String body = ticket.substring(0, dot);
        if (!Hmac.equal(ENCODE.encodeToString(hmac.sign("ticket|" + body)), ticket.substring(dot + 1))) {
            return Optional.empty();
        }
        String[] parts;
        try {
            parts = new String(DECODE.decode(body), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (parts.length != 4 || !parts[2].equals(customerId) || Long.parseLong(parts[3]) < clock.millis()) {
            return Optional.empty();
        }
        return roles.role(parts[1]).map(role -> new Principal(parts[0], role));
    }
}
