package io.c360.identity.generate;

/**
 * Phone numbers as sources write them: +44 7700 900123, 0044 7700 900123, 07700 900123, (07700) 900123,
 * 07700-900-123, 07700900123, in full-width digits; sometimes with one digit wrong.
 */
final class PhoneVariants {
    static final double TYPO = 0.02;
    private static final char FULL_WIDTH_ZERO = '\uFF10';

    private final Draw draw;

    PhoneVariants(Draw draw) {
        this.draw = draw;
    }

    /** @param national the national significant number, without trunk prefix */
    String render(String national, Country country) {
        String number = draw.chance(TYPO) ? Typos.inDigits(national, draw) : national;
        String trunk = country.trunk() + number;
        return switch (draw.weighted(20, 10, 30, 10, 15, 10, 5)) {
            case 0 -> "+" + country.callingCode() + " " + grouped(number, " ");
            case 1 -> "00" + country.callingCode() + " " + grouped(number, " ");
            case 2 -> grouped(trunk, " ");
            case 3 -> bracketed(trunk);
            case 4 -> grouped(trunk, "-");
            case 5 -> trunk;
            default -> fullWidth(grouped(trunk, " "));
        };
    }

    /** Groups of four, then three: 0770 090 012 3. Which grouping does not matter, that it varies does. */
    private static String grouped(String digits, String separator) {
        StringBuilder out = new StringBuilder(digits.length() + 4);
        int next = 4;
        for (int i = 0; i < digits.length(); i++) {
            if (i == next) {
                out.append(separator);
                next += 3;
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String bracketed(String digits) {
        int area = digits.length() >= 11 ? 5 : 3;
        return "(" + digits.substring(0, area) + ") " + digits.substring(area, area + 3) + "-" + digits.substring(area + 3);
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (FULL_WIDTH_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }
}
