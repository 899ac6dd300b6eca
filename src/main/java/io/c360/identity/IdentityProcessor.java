package io.c360.identity;

import io.c360.avro.ApplyEvent;
import io.c360.avro.CustomerCommand;
import io.c360.avro.CustomerMerged;
import io.c360.avro.MergeInto;
import io.c360.avro.TouchpointEvent;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Second stage, on the single identity partition: resolves each event to its customer, merging customers
 * its identifiers prove to be one, and tells the profile stage what to do.
 */
public final class IdentityProcessor implements Processor<String, TouchpointEvent, String, Object> {
    private final IdentityResolver resolver;
    private final String identifiersStore;
    private final String mergedIntoStore;
    private final String commandsChild;
    private final String mergedChild;
    private ProcessorContext<String, Object> context;
    private IdentityGraph graph;

    public IdentityProcessor(IdentityResolver resolver, String identifiersStore, String mergedIntoStore,
                             String commandsChild, String mergedChild) {
        this.resolver = resolver;
        this.identifiersStore = identifiersStore;
        this.mergedIntoStore = mergedIntoStore;
        this.commandsChild = commandsChild;
        this.mergedChild = mergedChild;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        KeyValueStore<String, String> identifiers = context.getStateStore(identifiersStore);
        KeyValueStore<String, String> mergedInto = context.getStateStore(mergedIntoStore);
        this.graph = new StoreIdentityGraph(identifiers, mergedInto);
    }

    @Override
    public void process(Record<String, TouchpointEvent> record) {
        TouchpointEvent event = record.value();
        Resolution resolution = resolver.resolve(event, graph);
        if (resolution == null) {
            throw new IllegalStateException("event " + event.getEventId() + " reached identity resolution without "
                + "a linking identifier; the ingest stage should have dead-lettered it");
        }
        long timestamp = record.timestamp();
        for (CustomerMerged merge : resolution.merges()) {
            context.forward(new Record<String, Object>(merge.getRetiredId(), merge, timestamp), mergedChild);
            context.forward(new Record<String, Object>(merge.getRetiredId(),
                new CustomerCommand(merge.getRetiredId(), new MergeInto(merge)), timestamp), commandsChild);
        }
        context.forward(new Record<String, Object>(resolution.customerId(),
            new CustomerCommand(resolution.customerId(), new ApplyEvent(event)), timestamp), commandsChild);
    }
}
