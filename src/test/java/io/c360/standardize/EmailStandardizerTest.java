package io.c360.standardize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailStandardizerTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            john.doe@example.com            | john.doe@example.com
            '  John.Doe@Example.COM  '      | john.doe@example.com
            <john.doe@example.com>          | john.doe@example.com
            mailto:john.doe@example.com     | john.doe@example.com
            MAILTO:John.Doe@Example.com     | john.doe@example.com
            <mailto:john.doe@example.com>   | john.doe@example.com
            John Doe <John.Doe@Example.com> | john.doe@example.com
            ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ  | john@example.com
            anna+news@mail.example.co.uk    | anna+news@mail.example.co.uk
            o'brien@example.ie              | o'brien@example.ie
            jürgen@müller.de                | jürgen@müller.de
            """)
    void standardizesDirtyAddresses(String raw, String expected) {
        assertEquals(Optional.of(expected), EmailStandardizer.standardize(raw));
        assertEquals(Optional.of(expected), EmailStandardizer.standardize(expected), "idempotent");
    }

    @ParameterizedTest(name = "[{0}] is rejected")
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "n/a", "john.doe", "john.doe@", "@example.com", "john@localhost", "john@@example.com",
        "john@doe@example.com", "john doe@example.com", "john@exa mple.com", "john@example..com",
        "john@.example.com", "john@example.com.", "john@example.com,", "<>", "mailto:"
    })
    void rejectsImplausibleAddresses(String raw) {
        assertEquals(Optional.empty(), EmailStandardizer.standardize(raw));
    }

    @Test
    void localPartIsTheTextBeforeTheAt() {
        assertEquals(Optional.of("john.doe"), EmailStandardizer.localPart("john.doe@example.com"));
    }

    @Test
    void localPartOfARawAddressIsStandardizedFirst() {
        assertEquals(Optional.of("john.doe"), EmailStandardizer.localPart(" <John.Doe@Example.com>"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"john.doe", "not an address"})
    void localPartOfANonAddressIsEmpty(String raw) {
        assertEquals(Optional.empty(), EmailStandardizer.localPart(raw));
    }
}
