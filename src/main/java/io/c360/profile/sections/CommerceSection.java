package io.c360.profile.sections;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.c360.avro.CommerceSummary;
import io.c360.avro.CustomerProfile;
import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderRef;
import io.c360.avro.OrderStatus;
import io.c360.avro.TouchpointEvent;
import io.c360.profile.EventClock;
import io.c360.profile.ProfileSection;
import io.c360.profile.Times;

/**
 * Orders and revenue. An order counts when PLACED; RETURNED and CANCELLED take its total back; PAID and
 * SHIPPED only move the status of the order in the recent-orders list.
 */
public final class CommerceSection implements ProfileSection {
    static final int RECENT_ORDERS = 10;
    static final int PURCHASE_DAYS = 20;
    static final int MONTHS = 24;
    static final int FAVOURITES = 3;

    @Override
    public void apply(CustomerProfile profile, TouchpointEvent event, EventClock clock) {
        if (!(event.getPayload() instanceof Order order)) {
            return;
        }
        CommerceSummary c = profile.getCommerce();
        if (c.getCurrency() == null) {
            c.setCurrency(order.getCurrency());
        }
        Instant at = event.getEventTime();
        OrderStatus status = order.getStatus();
        if (status == OrderStatus.PLACED) {
            c.setOrderCount(c.getOrderCount() + 1);
            addRevenue(c, at, order.getTotal());
            c.setFirstPurchaseAt(Times.min(c.getFirstPurchaseAt(), at));
            c.setLastPurchaseAt(Times.max(c.getLastPurchaseAt(), at));
            order.getLines().forEach(line -> countCategory(c.getCategoryCounts(), line));
            c.setPurchaseDays(latest(concat(c.getPurchaseDays(), List.of(at)), PURCHASE_DAYS));
        } else if (status == OrderStatus.RETURNED || status == OrderStatus.CANCELLED) {
            if (status == OrderStatus.RETURNED) {
                c.setReturnedCount(c.getReturnedCount() + 1);
            } else {
                c.setCancelledCount(c.getCancelledCount() + 1);
            }
            addRevenue(c, at, -order.getTotal());
        }
        recordOrder(c, order, event);
        derive(c);
    }

    @Override
    public void merge(CustomerProfile survivor, CustomerProfile retired) {
        CommerceSummary a = survivor.getCommerce();
        CommerceSummary b = retired.getCommerce();
        a.setOrderCount(a.getOrderCount() + b.getOrderCount());
        a.setReturnedCount(a.getReturnedCount() + b.getReturnedCount());
        a.setCancelledCount(a.getCancelledCount() + b.getCancelledCount());
        a.setRevenue(a.getRevenue() + b.getRevenue());
        a.setCurrency(a.getCurrency() != null ? a.getCurrency() : b.getCurrency());
        a.setFirstPurchaseAt(Times.min(a.getFirstPurchaseAt(), b.getFirstPurchaseAt()));
        a.setLastPurchaseAt(Times.max(a.getLastPurchaseAt(), b.getLastPurchaseAt()));
        List<OrderRef> orders = concat(a.getRecentOrders(), b.getRecentOrders());
        orders.sort(NEWEST_FIRST);
        a.setRecentOrders(new ArrayList<>(orders.subList(0, Math.min(RECENT_ORDERS, orders.size()))));
        b.getCategoryCounts().forEach((k, n) -> a.getCategoryCounts().merge(k, n, Long::sum));
        b.getMonthlyRevenue().forEach((k, v) -> a.getMonthlyRevenue().merge(k, v, Double::sum));
        a.setMonthlyRevenue(lastMonths(a.getMonthlyRevenue()));
        a.setPurchaseDays(latest(concat(a.getPurchaseDays(), b.getPurchaseDays()), PURCHASE_DAYS));
        derive(a);
    }

    private static final Comparator<OrderRef> NEWEST_FIRST =
        Comparator.comparing(OrderRef::getPlacedAt).reversed().thenComparing(OrderRef::getOrderId);

    private static void addRevenue(CommerceSummary c, Instant at, double amount) {
        c.setRevenue(c.getRevenue() + amount);
        String month = YearMonth.from(at.atOffset(ZoneOffset.UTC)).toString();
        c.getMonthlyRevenue().merge(month, amount, Double::sum);
        c.setMonthlyRevenue(lastMonths(c.getMonthlyRevenue()));
    }

    private static void recordOrder(CommerceSummary c, Order order, TouchpointEvent event) {
        List<OrderRef> orders = c.getRecentOrders();
        OrderRef known = orders.stream().filter(o -> o.getOrderId().equals(order.getOrderId())).findFirst()
            .orElse(null);
        if (known != null) {
            if (!event.getEventTime().isBefore(known.getPlacedAt()) || order.getStatus() == OrderStatus.PLACED) {
                known.setStatus(order.getStatus());
            }
            return;
        }
        orders.add(OrderRef.newBuilder()
            .setOrderId(order.getOrderId())
            .setPlacedAt(event.getEventTime())
            .setStatus(order.getStatus())
            .setTotal(order.getTotal())
            .setCurrency(order.getCurrency())
            .setSource(event.getSource())
            .setChannel(event.getChannel())
            .setStoreId(order.getStoreId())
            .setLines(new ArrayList<>(order.getLines()))
            .build());
        orders.sort(NEWEST_FIRST);
        while (orders.size() > RECENT_ORDERS) {
            orders.remove(orders.size() - 1);
        }
    }

    private static void countCategory(Map<String, Long> counts, OrderLine line) {
        if (line.getCategory() != null && !line.getCategory().isBlank()) {
            counts.merge(line.getCategory(), (long) line.getQuantity(), Long::sum);
        }
    }

    private static void derive(CommerceSummary c) {
        c.setAverageOrderValue(c.getOrderCount() == 0 ? 0 : c.getRevenue() / c.getOrderCount());
        c.setFavouriteCategories(c.getCategoryCounts().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(FAVOURITES).map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new)));
    }

    private static Map<String, Double> lastMonths(Map<String, Double> monthly) {
        TreeMap<String, Double> sorted = new TreeMap<>(monthly);
        while (sorted.size() > MONTHS) {
            sorted.pollFirstEntry();
        }
        return new java.util.HashMap<>(sorted);
    }

    /** The {@code max} latest instants, oldest first. */
    static List<Instant> latest(List<Instant> times, int max) {
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.naturalOrder());
        return new ArrayList<>(sorted.subList(Math.max(0, sorted.size() - max), sorted.size()));
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
