package io.c360.identity.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Spreads the records of one person over the output in bounded memory: records wait in a buffer of fixed
 * capacity, and each new one pushes out a random waiting one, as sources deliver a person's records far apart.
 */
final class ShuffleBuffer<T> {
    private final List<T> waiting;
    private final int capacity;
    private final Draw draw;
    private final Consumer<T> out;

    ShuffleBuffer(int capacity, Draw draw, Consumer<T> out) {
        this.waiting = new ArrayList<>(capacity);
        this.capacity = capacity;
        this.draw = draw;
        this.out = out;
    }

    void add(T item) {
        if (waiting.size() < capacity) {
            waiting.add(item);
            return;
        }
        int at = draw.below(capacity);
        out.accept(waiting.get(at));
        waiting.set(at, item);
    }

    /** Emits everything still waiting, in random order. */
    void drain() {
        while (!waiting.isEmpty()) {
            int at = draw.below(waiting.size());
            T item = waiting.get(at);
            waiting.set(at, waiting.get(waiting.size() - 1));
            waiting.remove(waiting.size() - 1);
            out.accept(item);
        }
    }
}
