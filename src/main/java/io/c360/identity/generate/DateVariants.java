package io.c360.identity.generate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Birth dates as sources write them (1980-03-05, 19800305, 5 Mar 1980, 1980/03/05, ISO timestamps, 05.03.1980,
 * day-first and, in the US, month-first slashes), sometimes wrong: day and month swapped, a digit mistyped, the
 * year off by one.
 */
final class DateVariants {
    static final double TRANSPOSED = 0.02;
    static final double TYPO = 0.025;
    static final double YEAR_OFF = 0.01;
    private static final List<String> DOTTED = List.of("DE", "NL", "PL");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    private final Draw draw;

    DateVariants(Draw draw) {
        this.draw = draw;
    }

    String render(LocalDate date, String country) {
        return format(corrupt(date), country);
    }

    private LocalDate corrupt(LocalDate date) {
        if (draw.chance(TRANSPOSED) && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
            return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
        }
        if (draw.chance(TYPO)) {
            try {
                return LocalDate.parse(Typos.inDigits(date.format(COMPACT), 2, draw), COMPACT);
            } catch (DateTimeException impossible) {
                // the slip made no date (month 13, 31 April): the source kept the right one
                return date;
            }
        }
        return draw.chance(YEAR_OFF) ? date.plusYears(draw.chance(0.5) ? 1 : -1) : date;
    }

    private String format(LocalDate date, String country) {
        return switch (draw.weighted(35, 15, 15, 10, 10, 15)) {
            case 0 -> date.toString();
            case 1 -> date.format(COMPACT);
            case 2 -> date.format(DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
            case 3 -> date.format(DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT));
            case 4 -> date + (draw.chance(0.5) ? "T00:00:00Z" : "T00:00:00.000+00:00");
            default -> local(date, country);
        };
    }

    private static String local(LocalDate date, String country) {
        if (country.equals("US")) {
            return date.format(DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT));
        }
        String pattern = DOTTED.contains(country) ? "dd.MM.uuuu" : "dd/MM/uuuu";
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
    }
}
