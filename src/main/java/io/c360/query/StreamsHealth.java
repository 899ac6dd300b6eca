package io.c360.query;

import org.apache.kafka.streams.KafkaStreams;

/** The Kafka Streams state as last reported by its state listener: the source of liveness and readiness. */
public final class StreamsHealth implements KafkaStreams.StateListener {
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
    }

    public KafkaStreams.State state() {
        return state;
    }

    /** Ready to answer queries only in RUNNING: while rebalancing the stores may move away. */
    public boolean ready() {
        return state == KafkaStreams.State.RUNNING;
    }

    /** Alive unless Streams died for good. */
    public boolean alive() {
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING
            && state != KafkaStreams.State.PENDING_ERROR;
    }
}
