package io.c360.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebPageTest {
    @Test
    void servesThePageFilesAndLeavesEveryApiPathToTheRoutes() {
        for (String page : new String[] {"/", "/index.html", "/app.js", "/app.css", "/js/views.js"}) {
            assertTrue(WebPage.isPageFile(page), page);
        }
        for (String api : new String[] {"/customers", "/customers/c1", "/search", "/health", "/ready",
            "/households/HH-1", "/internal/profiles", "/js/", "/openapi.json", "/metrics"}) {
            assertFalse(WebPage.isPageFile(api), api);
        }
    }

    @Test
    void thePolicyAllowsNoInlineCodeAndNothingFromElsewhere() {
        String csp = WebPage.CONTENT_SECURITY_POLICY;
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"), csp);
    }
}
