package io.c360.demo;

import io.c360.avro.Order;
import io.c360.avro.OrderLine;
import io.c360.avro.OrderStatus;
import io.c360.demo.DemoPools.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Baskets from the product pool, priced in the shopper's currency; the total is the exact sum of the lines. */
final class OrderFactory {

  private static final Map<String, Double> EUR_RATES =
      Map.of("EUR", 1.0, "GBP", 0.85, "USD", 1.08, "PLN", 4.30, "JPY", 160.0);
  private static final int MAX_LINES = 4;

  private final Random rnd;
  private final List<Product> products;
  private long orderSeq = 100_000;

  OrderFactory(Random rnd, List<Product> products) {
    this.rnd = rnd;
    this.products = List.copyOf(products);
  }

  /** @param prefix tells web-shop and till order numbers apart, as the two systems number independently */
  Order place(String prefix, String currency, String storeId) {
    int count = 1 + rnd.nextInt(Math.min(MAX_LINES, products.size()));
    List<Product> basket = new ArrayList<>(products);
    List<OrderLine> lines = new ArrayList<>(count);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < count; i++) {
      Product product = basket.remove(rnd.nextInt(basket.size()));
      int quantity = quantity();
      double unitPrice = price(product.price(), currency);
      lines.add(OrderLine.newBuilder().setSku(product.sku()).setName(product.name())
          .setCategory(product.category()).setQuantity(quantity).setUnitPrice(unitPrice).build());
      total = total.add(BigDecimal.valueOf(unitPrice).multiply(BigDecimal.valueOf(quantity)));
    }
    return Order.newBuilder().setOrderId(prefix + "-" + (orderSeq += 1 + rnd.nextInt(7)))
        .setStatus(OrderStatus.PLACED).setCurrency(currency)
        .setTotal(total.setScale(2, RoundingMode.HALF_UP).doubleValue())
        .setStoreId(storeId).setLines(lines).build();
  }

  /**
   * The same order marked returned. Copied field by field: Avro's deep copy resolves enum classes by name, which
   * fails unless the caller has configured Avro's trusted packages.
   */
  static Order returned(Order placed) {
    List<OrderLine> lines = new ArrayList<>(placed.getLines().size());
    for (OrderLine line : placed.getLines()) {
      lines.add(OrderLine.newBuilder().setSku(line.getSku()).setName(line.getName()).setCategory(line.getCategory())
          .setQuantity(line.getQuantity()).setUnitPrice(line.getUnitPrice()).build());
    }
    return Order.newBuilder().setOrderId(placed.getOrderId()).setStatus(OrderStatus.RETURNED)
        .setCurrency(placed.getCurrency()).setTotal(placed.getTotal()).setStoreId(placed.getStoreId())
        .setLines(lines).build();
  }

  /** Loyalty points: one per euro-equivalent spent, so yen and zloty baskets earn alike. */
  static long points(Order order) {
    return Math.max(1, Math.round(order.getTotal() / rate(order.getCurrency())));
  }

  private int quantity() {
    int roll = rnd.nextInt(10);
    return roll < 7 ? 1 : roll < 9 ? 2 : 3;
  }

  /** Local shelf prices end in .99 (or round tens of yen) rather than in converted fractions. */
  private static double price(double eur, String currency) {
    if (currency.equals("EUR")) {
      return eur;
    }
    double local = eur * rate(currency);
    if (currency.equals("JPY")) {
      return Math.round(local / 10) * 10.0;
    }
    return BigDecimal.valueOf(Math.ceil(local)).subtract(new BigDecimal("0.01")).doubleValue();
  }

  private static double rate(String currency) {
    Double rate = EUR_RATES.get(currency);
    if (rate == null) {
      throw new IllegalArgumentException("No exchange rate for " + currency);
    }
    return rate;
  }
}
