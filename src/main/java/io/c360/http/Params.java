package io.c360.http;

import io.javalin.http.Context;

/** Query parameters with validation that answers 400 and says what is allowed. */
final class Params {
    static final int DEFAULT_LIMIT = 20;

    private Params() {
    }

    static int limit(Context ctx, int max) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return Math.min(DEFAULT_LIMIT, max);
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + max + ", not '" + raw + "'");
    }
}
