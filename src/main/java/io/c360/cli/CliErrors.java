package io.c360.cli;

/** A failure as the one line a person at a terminal needs: the innermost message that says something. */
final class CliErrors {
    private CliErrors() {
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").trim();
    }
}
