package io.c360.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStandardizerTest {

    private static final Optional<LocalDate> MARCH_5_1980 = Optional.of(LocalDate.of(1980, 3, 5));

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "1980-03-05", "1980-3-5", "19800305", "1980/03/05", "1980.03.05", "05.03.1980", "5.3.1980",
        "5 Mar 1980", "05 March 1980", "5 MARCH 1980", "05-Mar-1980", "March 5, 1980", "march 5 1980",
        "Mar 5, 1980", "March 5th, 1980", "5th March 1980",
        "1980-03-05T10:15:30Z", "1980-03-05T10:15:30+02:00", "1980-03-05T23:30:00-05:00",
        "1980-03-05T10:15:30.123Z", "1980-03-05T10:15",
        "1980-03-05 10:15:30", "1980-03-05 10:15:30Z",
        "1980-03-05T10:15:30+01:00[Europe/Berlin]",
        "  1980-03-05  ", "１９８０-０３-０５", "１９８０－０３－０５", "０５．０３．１９８０"
    })
    void parsesEveryCommonNotation(String raw) {
        assertEquals(MARCH_5_1980, DateStandardizer.parse(raw));
        assertEquals(MARCH_5_1980, DateStandardizer.parse(raw, true), "notation is not ambiguous");
    }

    @ParameterizedTest(name = "[{0}] day first → {1}")
    @CsvSource({
        "05/03/1980, 1980-03-05",
        "5/3/1980, 1980-03-05",
        "05-03-1980, 1980-03-05",
        "13/05/1980, 1980-05-13",
        "05/13/1980, 1980-05-13",
        "29/02/1980, 1980-02-29"
    })
    void readsAmbiguousNumericDatesDayFirstByDefault(String raw, LocalDate expected) {
        assertEquals(Optional.of(expected), DateStandardizer.parse(raw));
        assertEquals(Optional.of(expected), DateStandardizer.parse(raw, false));
    }

    @ParameterizedTest(name = "[{0}] month first → {1}")
    @CsvSource({
        "03/05/1980, 1980-03-05",
        "3/5/1980, 1980-03-05",
        "03-05-1980, 1980-03-05",
        "12/25/1980, 1980-12-25",
        "25/12/1980, 1980-12-25",
        "05.03.1980, 1980-03-05",
        "1980-03-05, 1980-03-05"
    })
    void readsAmbiguousNumericDatesMonthFirstForUsSources(String raw, LocalDate expected) {
        assertEquals(Optional.of(expected), DateStandardizer.parse(raw, true));
    }

    @ParameterizedTest(name = "[{0}] is rejected")
    @NullAndEmptySource
    @ValueSource(strings = {
        "  ", "n/a", "unknown", "1980-02-30", "1981-02-29", "30/02/1980", "02/30/1980", "1980-13-01",
        "31 Apr 1980", "1980-00-10", "19800230", "1849-12-31", "2101-01-01", "0000-00-00", "1980",
        "March 1980", "05/03/80", "1980-03-05T25:00:00Z", "1980-03-05 trailing", "Foo 5, 1980"
    })
    void rejectsImpossibleOrUnknownDates(String raw) {
        assertEquals(Optional.empty(), DateStandardizer.parse(raw));
    }

    @ParameterizedTest(name = "[{0}] is inside the accepted years")
    @CsvSource({"1850-01-01", "2100-12-31"})
    void acceptsTheBoundaryYears(LocalDate date) {
        assertEquals(Optional.of(date), DateStandardizer.parse(date.toString()));
    }
}
