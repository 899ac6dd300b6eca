package io.c360.identity.generate;

/**
 * The systems records come from, with how often each knows a field: a shop always has an e-mail and rarely a
 * birth date, a till knows the loyalty card and maybe a phone, the call center a phone, marketing an e-mail and
 * a first name. Stale sources (CRM, loyalty) still hold the old address of people who moved more often.
 */
enum Source {
    CRM(25, 0.98, 0.98, 0.8, 0.75, 0.85, 0.7, 0.3, 0.5),
    SHOP(25, 0.97, 0.97, 1.0, 0.6, 0.9, 0.25, 0.1, 0.25),
    POS(15, 0.9, 0.9, 0.25, 0.7, 0.35, 0.1, 0.85, 0.25),
    LOYALTY(15, 0.97, 0.97, 0.85, 0.6, 0.6, 0.9, 1.0, 0.5),
    CALLCENTER(10, 0.95, 0.95, 0.3, 0.95, 0.4, 0.6, 0.2, 0.25),
    MARKETING(10, 0.8, 0.6, 1.0, 0.1, 0.15, 0.2, 0.0, 0.25);

    final int weight;
    final double firstName;
    final double lastName;
    final double email;
    final double phone;
    final double address;
    final double birthDate;
    final double loyaltyId;
    final double oldAddress;

    Source(int weight, double firstName, double lastName, double email, double phone, double address,
           double birthDate, double loyaltyId, double oldAddress) {
        this.weight = weight;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.birthDate = birthDate;
        this.loyaltyId = loyaltyId;
        this.oldAddress = oldAddress;
    }

    static Source draw(Draw draw) {
        Source[] all = values();
        int[] weights = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].weight;
        }
        return all[draw.weighted(weights)];
    }
}
