package io.c360.demo;

import static io.c360.avro.SourceSystem.CALLCENTER;
import static io.c360.avro.SourceSystem.CRM;
import static io.c360.avro.SourceSystem.ECOMMERCE;
import static io.c360.avro.SourceSystem.LOYALTY;
import static io.c360.avro.SourceSystem.MARKETING;
import static io.c360.avro.SourceSystem.POS;
import static io.c360.avro.SourceSystem.SOCIAL;
import static io.c360.avro.SourceSystem.WEB;

import io.c360.avro.SourceSystem;
import io.c360.demo.SyntheticPerson.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Decides which sources a person appears in. The rules keep every person's identifiers connected: the stores only
 * recognise loyalty members, so POS implies LOYALTY, whose events pair the loyalty id with the e-mail address.
 */
final class SourcePlan {

  static final double ANONYMOUS_SHARE = 0.05;
  static final double SPARSE_SHARE = 0.10;

  private static final Map<SourceSystem, Double> FULL_ODDS = new EnumMap<>(Map.of(
      CRM, 0.70, ECOMMERCE, 0.70, WEB, 0.65, MARKETING, 0.70,
      LOYALTY, 0.45, POS, 0.40, CALLCENTER, 0.30, SOCIAL, 0.20));
  private static final List<SourceSystem> FILLERS = List.of(MARKETING, ECOMMERCE, WEB, CRM, LOYALTY);
  private static final List<SourceSystem> SPARSE_CHOICES =
      List.of(ECOMMERCE, ECOMMERCE, MARKETING, MARKETING, WEB, CRM, LOYALTY, SOCIAL, CALLCENTER);

  private SourcePlan() {
  }

  static Kind kind(Random rnd) {
    double u = rnd.nextDouble();
    if (u < ANONYMOUS_SHARE) {
      return Kind.ANONYMOUS;
    }
    return u < ANONYMOUS_SHARE + SPARSE_SHARE ? Kind.SPARSE : Kind.FULL;
  }

  static EnumSet<SourceSystem> sources(Kind kind, Random rnd) {
    return switch (kind) {
      case ANONYMOUS -> EnumSet.of(WEB);
      case SPARSE -> sparse(rnd);
      case FULL -> full(rnd);
    };
  }

  private static EnumSet<SourceSystem> sparse(Random rnd) {
    EnumSet<SourceSystem> sources = EnumSet.noneOf(SourceSystem.class);
    int wanted = 1 + rnd.nextInt(2);
    while (sources.size() < wanted) {
      sources.add(SPARSE_CHOICES.get(rnd.nextInt(SPARSE_CHOICES.size())));
    }
    return sources;
  }

  private static EnumSet<SourceSystem> full(Random rnd) {
    EnumSet<SourceSystem> sources = EnumSet.noneOf(SourceSystem.class);
    FULL_ODDS.forEach((source, odds) -> {
      if (rnd.nextDouble() < odds) {
        sources.add(source);
      }
    });
    if (sources.contains(POS)) {
      sources.add(LOYALTY);
    }
    List<SourceSystem> fillers = new ArrayList<>(FILLERS);
    while (sources.size() < 3) {
      sources.add(fillers.remove(rnd.nextInt(fillers.size())));
    }
    return sources;
  }
}
