package io.c360.profile.sections;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.c360.avro.CustomerProfile;
import io.c360.avro.ServiceInteraction;
import io.c360.avro.ServiceSummary;
import io.c360.avro.TicketStatus;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;

/** Tickets, complaints and satisfaction; the last contact is the newest interaction in event time. */
public final class ServiceSection implements ProfileSection {
    static final int CLOSED_TICKETS = 50;

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof ServiceInteraction ticket)) {
            return;
        }
        ServiceSummary s = profile.getService();
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            s.setTicketsClosed(s.getTicketsClosed() + 1);
            s.setClosedTickets(latest(concat(s.getClosedTickets(), List.of(ticket.getTicketId()))));
            s.setOpenTickets(without(s.getOpenTickets(), s.getClosedTickets()));
        } else if (!s.getOpenTickets().contains(ticket.getTicketId())) {
            s.setTicketsOpened(s.getTicketsOpened() + 1);
            if (!s.getClosedTickets().contains(ticket.getTicketId())) {
                s.getOpenTickets().add(ticket.getTicketId());
            }
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
        a.setClosedTickets(latest(concat(a.getClosedTickets(), b.getClosedTickets())));
        a.setOpenTickets(without(concat(a.getOpenTickets(), b.getOpenTickets()), a.getClosedTickets()));
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

    /** Distinct ids, the newest {@value #CLOSED_TICKETS} kept. */
    private static List<String> latest(List<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        return new ArrayList<>(distinct.subList(Math.max(0, distinct.size() - CLOSED_TICKETS), distinct.size()));
    }

    private static List<String> without(List<String> ids, List<String> removed) {
        return new ArrayList<>(new LinkedHashSet<>(ids.stream().filter(id -> !removed.contains(id)).toList()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void derive(ServiceSummary s) {
        s.setAverageSatisfaction(s.getSatisfactionResponses() == 0 ? null
            : (double) s.getSatisfactionSum() / s.getSatisfactionResponses());
    }
}
