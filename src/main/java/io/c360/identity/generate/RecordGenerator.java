package io.c360.identity.generate;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Dirty multi-source customer records with their ground truth, for tests and benchmarks of identity resolution.
 * People come household by household ({@link Population}); each has one to eight records in the sources
 * ({@link Source}), often two in the same source; each record is rendered dirty ({@link RecordRenderer}) and the
 * records are spread over the output ({@link ShuffleBuffer}). Memory stays bounded by the buffer, whatever the
 * number of records, and the same seed always gives the same records.
 */
public final class RecordGenerator {
    static final int BUFFER = 20_000;
    /** Weights of one, two, ... eight records per person. */
    private static final int[] RECORDS_PER_PERSON = {25, 25, 20, 13, 9, 4, 2, 2};

    private final NamePools names;
    private final Places places;

    public RecordGenerator() {
        this(NamePools.standard(), Places.standard());
    }

    RecordGenerator(NamePools names, Places places) {
        this.names = names;
        this.places = places;
    }

    /** Hands exactly {@code records} records to {@code sink}, in output order. */
    public void generate(long records, long seed, Consumer<GeneratedRecord> sink) {
        if (records < 0) {
            throw new IllegalArgumentException("the number of records must not be negative, not " + records);
        }
        Draw draw = new Draw(new Random(seed));
        Population population = new Population(names, places, draw);
        RecordRenderer renderer = new RecordRenderer(draw);
        ShuffleBuffer<GeneratedRecord> buffer = new ShuffleBuffer<>((int) Math.min(records, BUFFER), draw, sink);
        long made = 0;
        while (made < records) {
            List<Person> household = population.nextHousehold();
            for (int member = 0; member < household.size() && made < records; member++) {
                int count = 1 + draw.weighted(RECORDS_PER_PERSON);
                for (int i = 0; i < count && made < records; i++, made++) {
                    buffer.add(renderer.render(household.get(member), Source.draw(draw), member < 2));
                }
            }
        }
        buffer.drain();
    }
}
