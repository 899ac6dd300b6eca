package io.c360.identity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import io.c360.avro.Identifiers;

/** The identifier fields of the wire contract, by the names used in config, store keys and the API. */
public enum IdentifierType {
    EMAIL("email", Identifiers::getEmail),
    PHONE("phone", Identifiers::getPhone),
    CRM_ID("crmId", Identifiers::getCrmId),
    LOYALTY_ID("loyaltyId", Identifiers::getLoyaltyId),
    ECOMMERCE_ID("ecommerceId", Identifiers::getEcommerceId),
    POS_CUSTOMER_ID("posCustomerId", Identifiers::getPosCustomerId),
    DEVICE_ID("deviceId", Identifiers::getDeviceId),
    COOKIE_ID("cookieId", Identifiers::getCookieId),
    SOCIAL_HANDLE("socialHandle", Identifiers::getSocialHandle);

    private final String fieldName;
    private final Function<Identifiers, String> getter;

    IdentifierType(String fieldName, Function<Identifiers, String> getter) {
        this.fieldName = fieldName;
        this.getter = getter;
    }

    public String fieldName() {
        return fieldName;
    }

    public String valueIn(Identifiers identifiers) {
        return identifiers == null ? null : getter.apply(identifiers);
    }

    public static Optional<IdentifierType> byFieldName(String name) {
        return Arrays.stream(values()).filter(t -> t.fieldName.equalsIgnoreCase(name)).findFirst();
    }
}
