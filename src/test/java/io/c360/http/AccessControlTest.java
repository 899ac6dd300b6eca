package io.c360.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The route table, the routes HttpServer registers and the OpenAPI document agree, so nothing is left open. */
class AccessControlTest {
    /** In the table ahead of their endpoints, so they are protected the day they land (none at present). */
    private static final Set<String> PLANNED = Set.of();
    private static final Pattern ROUTE = Pattern.compile("cfg\\.routes\\.(get|post|put|patch|delete|sse)\\(\"([^\"]+)\"");

    @Test
    void everyRouteHttpServerRegistersHasAnAccessRule() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/c360/http/HttpServer.java"));
        Matcher m = ROUTE.matcher(source);
        Set<String> registered = new TreeSet<>();
        while (m.find()) {
            String method = m.group(1).equals("sse") ? "GET" : m.group(1).toUpperCase(Locale.ROOT);
            registered.add(method + " " + m.group(2));
        }
        assertTrue(registered.size() > 20, registered.toString());
        Set<String> table = new TreeSet<>(AccessControl.ROUTES.keySet());
        table.removeAll(PLANNED);
        assertEquals(table, registered);
    }

    @Test
    void theOpenApiDocumentDescribesEveryPublicRouteItsRuleAnd401And403() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        assertNotNull(doc.at("/components/securitySchemes/bearer").get("scheme"));
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String route = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            documented.add(route);
            AccessControl.Rule rule = AccessControl.ROUTES.get(route);
            assertNotNull(rule, "documented without an access rule: " + route);
            JsonNode security = op.getValue().get("security");
            if (rule.isOpen()) {
                assertTrue(security != null && security.isEmpty(), route + " is open and must say so");
            } else {
                assertTrue(op.getValue().at("/responses/401").has("$ref"), route + " documents 401");
                assertTrue(op.getValue().at("/responses/403").has("$ref"), route + " documents 403");
            }
        }));
        Set<String> publicRoutes = new TreeSet<>();
        for (Map.Entry<String, AccessControl.Rule> e : AccessControl.ROUTES.entrySet()) {
            if (!e.getValue().isInternal() && !PLANNED.contains(e.getKey())) {
                publicRoutes.add(e.getKey());
            }
        }
        assertEquals(publicRoutes, documented);
    }
}
