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

    /** The page's own files: index.html (also at /), app.js, app.css and the modules under /js/. */
    static boolean isPageFile(String path) {
        return path.equals("/") || path.equals("/index.html") || path.equals("/app.js") || path.equals("/app.css")
            || path.startsWith("/js/") && path.endsWith(".js");
    }

    static void configure(StaticFileConfig files) {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
        // API requests skip the class-path lookup a static file costs: they are the hot path
        files.skipFileFunction = request -> !isPageFile(request.getRequestURI());
        // the page is a handful of small files: always revalidate, so a new release shows at once
        files.headers = Map.of(
            "Cache-Control", "no-cache",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    }
}
