package io.c360.identity.generate;

import java.util.List;

/** People of one naming tradition: their given and family names, and the countries they live in. */
record Culture(String id, int weight, List<String> countries, List<Name> male, List<Name> female, List<Name> family) {
    List<Name> given(boolean isFemale) {
        return isFemale ? female : male;
    }
}
