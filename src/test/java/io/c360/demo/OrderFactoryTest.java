package io.c360.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderFactoryTest {

  private final OrderFactory orders = new OrderFactory(new Random(5), DemoPools.standard().products());

  @Test
  void totalsAreTheSumOfTheLinesInEveryCurrency() {
    Set<String> ids = new HashSet<>();
    for (String currency : List.of("EUR", "GBP", "USD", "PLN", "JPY")) {
      for (int i = 0; i < 500; i++) {
        Order order = orders.place("WEB", currency, null);
        assertTrue(ids.add(order.getOrderId()));
        assertTrue(order.getLines().size() >= 1 && order.getLines().size() <= 4);
        assertEquals(order.getLines().size(), order.getLines().stream().map(OrderLine::getSku).distinct().count());
        double sum = order.getLines().stream().mapToDouble(l -> l.getQuantity() * l.getUnitPrice()).sum();
        assertEquals(sum, order.getTotal(), 0.005, order.toString());
        assertEquals(currency, order.getCurrency());
        assertTrue(OrderFactory.points(order) >= 1);
      }
    }
  }

  @Test
  void aReturnIsTheSameOrderMarkedReturned() {
    Order placed = orders.place("POS", "GBP", "ST-GB-01");
    Order returned = OrderFactory.returned(placed);
    assertEquals(OrderStatus.RETURNED, returned.getStatus());
    assertEquals(OrderStatus.PLACED, placed.getStatus());
    assertEquals(placed.getOrderId(), returned.getOrderId());
    assertEquals(placed.getTotal(), returned.getTotal());
    assertEquals(placed.getLines(), returned.getLines());
    assertNotEquals(placed, returned);
  }

  @Test
  void yenPricesAreWholeTens() {
    Order order = orders.place("WEB", "JPY", null);
    order.getLines().forEach(line -> assertEquals(0, line.getUnitPrice() % 10, 1e-9));
  }
}
