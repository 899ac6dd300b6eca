package io.c360.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfOneToThousand() {
        Percentiles p = Percentiles.of(LongStream.rangeClosed(1, 1000).map(i -> 1001 - i).toArray());
        assertEquals(new Percentiles(1000, 500, 990, 999, 1000), p);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        assertEquals(new Percentiles(1, 7, 7, 7, 7), Percentiles.of(new long[] {7}));
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(new long[0]));
    }
}
