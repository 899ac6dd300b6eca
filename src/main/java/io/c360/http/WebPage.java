package io.c360.http;

import java.util.Map;

import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;

/**
 * The agents' web page: static files from the class path, served at {@code /} next to the API. The page
 * builds its DOM from API data with text nodes only; the Content-Security-Policy is the second line of
 * defence, allowing nothing but this origin's own scripts and styles and no inline code.
 */
final class WebPage {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        + "form-action 'self'";

    private WebPage() {
    }

    static void configure(StaticFileConfig files) {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        // the page is a handful of small files: always revalidate, so a new release shows at once
        files.headers = Map.of(
            "Cache-Control", "no-cache",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    }
}
