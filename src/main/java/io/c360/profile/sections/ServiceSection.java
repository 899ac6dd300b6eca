package io.c360.profile.sections;

import java.util.LinkedHashSet;

import io.c360.avro.CustomerProfile;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.ServiceSummary;
import io.c360.avro.TicketStatus;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;

/** Tickets, complaints and satisfaction; the last contact is the newest interaction in event time. */
public final class ServiceSection implements ProfileSection {

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof ServiceInteraction ticket)) {
            return;
        }
        ServiceSummary s = profile.getService();
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            s.setTicketsClosed(s.getTicketsClosed() + 1);
            // Avro's arrays support no remove(Object), so the list is rebuilt
            s.setOpenTickets(new java.util.ArrayList<>(s.getOpenTickets().stream()
                .filter(id -> !id.equals(ticket.getTicketId())).toList()));
        } else if (!s.getOpenTickets().contains(ticket.getTicketId())) {
            s.setTicketsOpened(s.getTicketsOpened() + 1);
            s.getOpenTickets().add(ticket.getTicketId());
            if (ticket.getComplaint()) {
                s.setComplaints(s.getComplaints() + 1);
            }
        }
        if (ticket.getSatisfaction() != null) {
            s.setSatisfactionSum(s.getSatisfactionSum() + ticket.getSatisfaction());
            s.setSatisfactionResponses(s.getSatisfactionResponses() + 1);
        }
        if (s.getLastContactAt() == null || !event.getEventTime().isBefore(s.getLastContactAt())) {
            s.setLastContactAt(event.getEventTime());
            s.setLastContactChannel(event.getChannel());
            s.setLastTopic(ticket.getTopic());
        }
        derive(s);
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        ServiceSummary a = survivor.getService();
        ServiceSummary b = retired.getService();
        a.setTicketsOpened(a.getTicketsOpened() + b.getTicketsOpened());
        a.setTicketsClosed(a.getTicketsClosed() + b.getTicketsClosed());
        a.setComplaints(a.getComplaints() + b.getComplaints());
        LinkedHashSet<String> open = new LinkedHashSet<>(a.getOpenTickets());
        open.addAll(b.getOpenTickets());
        a.setOpenTickets(new java.util.ArrayList<>(open));
        a.setSatisfactionSum(a.getSatisfactionSum() + b.getSatisfactionSum());
        a.setSatisfactionResponses(a.getSatisfactionResponses() + b.getSatisfactionResponses());
        if (a.getLastContactAt() == null
            || (b.getLastContactAt() != null && b.getLastContactAt().isAfter(a.getLastContactAt()))) {
            a.setLastContactAt(b.getLastContactAt());
            a.setLastContactChannel(b.getLastContactChannel());
            a.setLastTopic(b.getLastTopic());
        }
        derive(a);
    }

    private static void derive(ServiceSummary s) {
        s.setAverageSatisfaction(s.getSatisfactionResponses() == 0 ? null
            : (double) s.getSatisfactionSum() / s.getSatisfactionResponses());
    }
}
