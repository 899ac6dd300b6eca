package io.c360.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** What each built-in role sees of a profile, a live change, an identity view and a household. */
class FieldMaskingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Roles ROLES = Roles.load(ConfigLoader.load(null, Map.of(), Map.of()));
    private static final FieldMasking MASKING = new FieldMasking(new Pseudonyms(new Hmac("pseudonym-key")));
    private static final String PROFILE = """
        {"customerId":"c-42","mergedFrom":["c-7"],
         "attributes":{"firstName":{"value":"Jane","lineage":{"source":"CRM","sourceRecordId":"CRM-1"}},
           "lastName":{"value":"Doe"},"email":{"value":"jane@example.com"},"phone":{"value":"+12025550147"},
           "street":{"value":"1 Main St"},"postcode":{"value":"20001"},"city":{"value":"Washington"},
           "birthDate":{"value":"1980-03-05"}},
         "identifiers":[{"type":"email","value":"jane@example.com"},{"type":"phone","value":"+12025550147"},
           {"type":"loyaltyId","value":"LOY-9"}],
         "sourceRecords":[{"source":"CRM","recordId":"CRM-1"}],
         "scores":{"lifecycleStage":"ACTIVE","ltvHistorical":812.5},"segments":["email-reachable"],
         "householdId":"HH-1",
         "changedFields":[{"field":"attributes.phone","oldValue":"+12025550100","newValue":"+12025550147"},
           {"field":"attributes.city","oldValue":"Boston","newValue":"Washington"}]}
        """;
    private static final Set<String> PERSONAL = Set.of("Jane", "Doe", "jane@example.com", "+12025550147",
        "+12025550100", "1 Main St", "20001", "1980-03-05", "CRM-1", "LOY-9", "c-42", "c-7");

    @Test
    void agentsAndAdminsSeeEverything() {
        for (String role : new String[] {"agent", "admin"}) {
            assertEquals(parse(PROFILE), MASKING.apply(ROLES.require(role), parse(PROFILE)), role);
        }
    }

    @Test
    void marketersSeeNoPhoneStreetAddressOrBirthDateAnywhere() {
        String masked = MASKING.apply(ROLES.require("marketer"), parse(PROFILE)).toString();
        for (String hidden : new String[] {"+12025550147", "+12025550100", "1 Main St", "1980-03-05"}) {
            assertFalse(masked.contains(hidden), hidden + " in " + masked);
        }
        for (String kept : new String[] {"Jane", "jane@example.com", "Washington", "20001", "LOY-9", "c-42",
            "email-reachable", "attributes.city"}) {
            assertTrue(masked.contains(kept), kept + " missing from " + masked);
        }
    }

    @Test
    void analystsSeeBehaviourUnderStablePseudonymsAndNothingPersonal() {
        JsonNode masked = MASKING.apply(ROLES.require("analyst"), parse(PROFILE));
        String text = masked.toString();
        PERSONAL.forEach(value -> assertFalse(text.contains("\"" + value + "\""), value + " in " + text));
        assertTrue(masked.get("customerId").asText().startsWith("p-"), text);
        assertEquals(new Pseudonyms(new Hmac("pseudonym-key")).of("c-42"), masked.get("customerId").asText());
        assertEquals(new Pseudonyms(new Hmac("pseudonym-key")).of("c-7"), masked.get("mergedFrom").get(0).asText());
        assertNotEquals(masked.get("customerId"), masked.get("householdId"));
        assertEquals(812.5, masked.at("/scores/ltvHistorical").asDouble());
        assertEquals("Washington", masked.at("/attributes/city/value").asText());
        assertFalse(masked.at("/attributes/city").has("lineage"), "lineage names source records");
    }

    @Test
    void analystsSeeHouseholdMembersByPseudonymNotById() {
        JsonNode household = parse("""
            {"householdId":"HH-1","familyName":"Doe","address":{"street":"1 Main St"},
             "members":{"c-42":{"customerId":"c-42","name":"Jane Doe","revenue":10.0}}}""");
        String masked = MASKING.apply(ROLES.require("analyst"), household).toString();
        assertFalse(masked.contains("c-42") || masked.contains("Doe") || masked.contains("Main"), masked);
        assertTrue(masked.contains(new Pseudonyms(new Hmac("pseudonym-key")).of("c-42")), masked);
        assertTrue(masked.contains("10.0"), masked);
    }

    @Test
    void auditorsMayReadTheAuditTrailButNoProfiles() {
        Role auditor = ROLES.require("auditor");
        assertTrue(auditor.may(Permission.AUDIT_READ));
        for (Permission p : Permission.values()) {
            assertEquals(p == Permission.AUDIT_READ, auditor.may(p), p.configName());
        }
        assertTrue(ROLES.require("admin").may(Permission.CUSTOMER_ERASE));
        assertTrue(ROLES.require("admin").may(Permission.IDENTITY_SPLIT));
        for (String role : new String[] {"agent", "marketer", "analyst"}) {
            assertFalse(ROLES.require(role).may(Permission.CUSTOMER_ERASE), role);
            assertFalse(ROLES.require(role).may(Permission.IDENTITY_SPLIT), role);
        }
        assertTrue(ROLES.require("agent").may(Permission.CUSTOMER_EXPORT));
        assertFalse(ROLES.require("analyst").may(Permission.PROFILE_SEARCH), "no looking people up by name");
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
