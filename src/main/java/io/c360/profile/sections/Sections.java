package io.c360.profile.sections;

import java.util.List;

import io.c360.profile.ProfileSection;

/** Every section of the 360 profile, in the order they are applied. */
public final class Sections {
    private Sections() {
    }

    public static List<ProfileSection> all() {
        return List.of(new CommerceSection(), new ServiceSection(), new MarketingSection(), new WebSection(),
            new SocialSection(), new LoyaltySection(), new ConsentSection(), new RelationsSection());
    }
}
