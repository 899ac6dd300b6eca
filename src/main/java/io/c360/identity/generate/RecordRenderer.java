package io.c360.identity.generate;

import static io.c360.identity.generate.GeneratedRecord.BIRTH_DATE;
import static io.c360.identity.generate.GeneratedRecord.CITY;
import static io.c360.identity.generate.GeneratedRecord.COUNTRY;
import static io.c360.identity.generate.GeneratedRecord.EMAIL;
import static io.c360.identity.generate.GeneratedRecord.FIRST_NAME;
import static io.c360.identity.generate.GeneratedRecord.LAST_NAME;
import static io.c360.identity.generate.GeneratedRecord.LOYALTY_ID;
import static io.c360.identity.generate.GeneratedRecord.PHONE;
import static io.c360.identity.generate.GeneratedRecord.POSTCODE;
import static io.c360.identity.generate.GeneratedRecord.STREET;

import io.c360.identity.generate.Person.Address;

/**
 * Renders one record of a person as one source holds it: the fields that source knows, each written its way and
 * sometimes wrong. People who moved keep their old address in some sources; a household's landline stands in
 * for the mobile now and then.
 */
final class RecordRenderer {
    static final double LANDLINE = 0.25;
    static final double JUNK_PHONE = 0.01;
    static final double LOYALTY_TYPO = 0.01;
    static final double NO_COUNTRY = 0.05;
    static final double INITIAL_AT_TILL = 0.15;

    private final Draw draw;
    private final NameVariants names;
    private final DateVariants dates;
    private final PhoneVariants phones;
    private final AddressVariants addresses;
    private final EmailVariants emails;

    RecordRenderer(Draw draw) {
        this.draw = draw;
        this.names = new NameVariants(draw);
        this.dates = new DateVariants(draw);
        this.phones = new PhoneVariants(draw);
        this.addresses = new AddressVariants(draw);
        this.emails = new EmailVariants(draw);
    }

    /** @param adult whether the person is one of the household's first two members (may use its mailbox) */
    GeneratedRecord render(Person person, Source source, boolean adult) {
        String[] values = new String[GeneratedRecord.COLUMNS.size()];
        Address address = person.previousAddress() != null && draw.chance(source.oldAddress)
            ? person.previousAddress() : person.address();
        String[] name = names.render(person, source == Source.POS && draw.chance(INITIAL_AT_TILL));
        values[FIRST_NAME] = draw.chance(source.firstName) ? name[0] : null;
        values[LAST_NAME] = draw.chance(source.lastName) ? name[1] : null;
        values[EMAIL] = draw.chance(source.email) ? emails.render(person, source, adult) : null;
        values[PHONE] = draw.chance(source.phone) ? phone(person) : null;
        if (draw.chance(source.address)) {
            String[] parts = addresses.render(address);
            values[STREET] = parts[0];
            values[CITY] = parts[1];
            values[POSTCODE] = parts[2];
        }
        values[COUNTRY] = draw.chance(NO_COUNTRY) ? null : addresses.country(address.country());
        values[BIRTH_DATE] = draw.chance(source.birthDate) ? dates.render(person.birthDate(), address.country().code())
            : null;
        values[LOYALTY_ID] = person.loyaltyId() != null && draw.chance(source.loyaltyId) ? loyalty(person.loyaltyId())
            : null;
        if (values[EMAIL] == null && values[PHONE] == null && values[STREET] == null && values[LOYALTY_ID] == null) {
            reachable(values, person, source);
        }
        return new GeneratedRecord(person.entityId(), source.name(), values);
    }

    /**
     * A system keeps a customer record to reach or recognise the customer again: a record with a name only is
     * not kept, so one that drew no contact gets the one its source asks for first.
     */
    private void reachable(String[] values, Person person, Source source) {
        if (source == Source.POS || source == Source.CALLCENTER) {
            values[PHONE] = phone(person);
        } else {
            values[EMAIL] = emails.render(person, source, false);
        }
    }

    private String phone(Person person) {
        if (draw.chance(JUNK_PHONE)) {
            return "0000000000";
        }
        String landline = person.household().landline();
        Country home = person.household().address().country();
        return landline != null && draw.chance(LANDLINE) ? phones.render(landline, home)
            : phones.render(person.mobile(), home);
    }

    private String loyalty(String id) {
        return draw.chance(LOYALTY_TYPO) ? id.substring(0, 2) + Typos.inDigits(id.substring(2), draw) : id;
    }
}
