package io.c360.identity.generate;

import java.util.List;
import java.util.Random;

/** Random choices of the generator, all from one seeded {@link Random}, so a seed always gives the same records. */
final class Draw {
    private final Random random;

    Draw(Random random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Fills a pattern: {@code #} any digit, {@code @} a digit 2-9, {@code A} an upper-case letter, the rest as is. */
    String fill(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '#' -> out.append((char) ('0' + random.nextInt(10)));
                case '@' -> out.append((char) ('2' + random.nextInt(8)));
                case 'A' -> out.append((char) ('A' + random.nextInt(26)));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Picks an index by weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int point = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: weights add up to " + total);
    }
}
