package io.c360.identity.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a string up to a fixed number of arguments, then computes the
 * rest afresh. Names and streets repeat across millions of records, so their phonetic codes and parts are
 * computed a few thousand times instead of once per comparison; the bound keeps memory flat whatever the input.
 */
final class Memo {
    private final Function<String, String> function;
    private final int capacity;
    private final Map<String, String> results = new ConcurrentHashMap<>();

    Memo(Function<String, String> function, int capacity) {
        this.function = function;
        this.capacity = capacity;
    }

    String apply(String argument) {
        String result = results.get(argument);
        if (result == null) {
            result = function.apply(argument);
            if (results.size() < capacity) {
                results.put(argument, result);
            }
        }
        return result;
    }
}
