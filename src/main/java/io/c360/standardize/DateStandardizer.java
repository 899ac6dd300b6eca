package io.c360.standardize;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Calendar dates (birth dates) in the notations upstream systems send, to {@link LocalDate}.
 *
 * <p>Numeric dates whose order is ambiguous (05/03/1980) are read day first by default, month first on request
 * (US sources); when the preferred order gives an impossible date and the other one does not (13/05/1980 in a
 * US source), the only possible reading wins. Timestamps yield the date as written, before any time-zone
 * conversion: a birth date recorded as 1980-03-05T23:30-05:00 is the 5th, not the 6th. Parsing is strict:
 * 1980-02-30 and years outside {@value #MIN_YEAR}..{@value #MAX_YEAR} are rejected.
 */
public final class DateStandardizer {

    public static final int MIN_YEAR = 1850;
    static final int MAX_YEAR = 2100;

    /** "5th", "1st": ordinal suffixes carry no information and no formatter reads them. */
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(?<=\\d)(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> UNAMBIGUOUS = List.of(
            DateTimeFormatter.ISO_DATE_TIME,
            strict(caseInsensitive()
                    .append(DateTimeFormatter.ISO_LOCAL_DATE)
                    .appendLiteral(' ')
                    .append(DateTimeFormatter.ISO_LOCAL_TIME)
                    .optionalStart().appendOffsetId().optionalEnd()),
            pattern("uuuu-M-d"), pattern("uuuuMMdd"), pattern("uuuu/M/d"), pattern("uuuu.M.d"),
            pattern("d MMM uuuu"), pattern("d MMMM uuuu"), pattern("d-MMM-uuuu"),
            pattern("MMM d[,] uuuu"), pattern("MMMM d[,] uuuu"),
            // the dot notation is German, Swiss, Scandinavian: always day first
            pattern("d.M.uuuu"));
    private static final List<DateTimeFormatter> DAY_FIRST = List.of(pattern("d/M/uuuu"), pattern("d-M-uuuu"));
    private static final List<DateTimeFormatter> MONTH_FIRST = List.of(pattern("M/d/uuuu"), pattern("M-d-uuuu"));

    private DateStandardizer() {
    }

    /** Parses with ambiguous numeric dates read day first (05/03/1980 is 5 March). */
    public static Optional<LocalDate> parse(String raw) {
        return parse(raw, false);
    }

    /** @param monthFirst read ambiguous numeric dates month first, as US sources write them (05/03/1980 is 3 May) */
    public static Optional<LocalDate> parse(String raw, boolean monthFirst) {
        return parse(raw, monthFirst, MIN_YEAR);
    }

    /**
     * @param monthFirst as in {@link #parse(String, boolean)}
     * @param minYear    the earliest year accepted (default {@value #MIN_YEAR}; historical records need earlier)
     */
    public static Optional<LocalDate> parse(String raw, boolean monthFirst, int minYear) {
        Optional<String> cleaned = Text.clean(raw).map(text -> ORDINAL_SUFFIX.matcher(text).replaceAll(""));
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        List<DateTimeFormatter> preferred = monthFirst ? MONTH_FIRST : DAY_FIRST;
        List<DateTimeFormatter> fallback = monthFirst ? DAY_FIRST : MONTH_FIRST;
        return Stream.of(UNAMBIGUOUS, preferred, fallback)
                .flatMap(List::stream)
                .map(formatter -> parse(cleaned.get(), formatter))
                .flatMap(Optional::stream)
                .findFirst()
                .filter(date -> date.getYear() >= minYear && date.getYear() <= MAX_YEAR);
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter formatter) {
        try {
            return Optional.of(formatter.parse(text, LocalDate::from));
        } catch (DateTimeParseException notThisNotation) {
            // each notation is tried in turn; a mismatch only means the next one is tried
            return Optional.empty();
        }
    }

    private static DateTimeFormatter pattern(String pattern) {
        return strict(caseInsensitive().appendPattern(pattern));
    }

    /** Must precede the appended fields: case-insensitivity applies only to what is appended after it. */
    private static DateTimeFormatterBuilder caseInsensitive() {
        return new DateTimeFormatterBuilder().parseCaseInsensitive();
    }

    private static DateTimeFormatter strict(DateTimeFormatterBuilder builder) {
        return builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
