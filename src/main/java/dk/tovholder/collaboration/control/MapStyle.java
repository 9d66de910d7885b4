package dk.tovholder.collaboration.control;

import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.organisation.entity.OrganisationType;

/**
 * The map's colours, shared by the page (through the JSON), the SVG and so
 * the PNG: the Okabe-Ito palette, which readers with colour-vision
 * deficiencies tell apart, and node sizes that grow with the partners.
 */
public final class MapStyle {

    private MapStyle() {
    }

    public static String colour(OrganisationType type) {
        return switch (type) {
            case BUSINESS -> "#E69F00";
            case MUNICIPAL_INSTITUTION -> "#56B4E9";
            case HOUSING_ORGANISATION -> "#009E73";
            case VOLUNTARY_ORGANISATION -> "#F0E442";
            case RESIDENT_ASSOCIATION -> "#0072B2";
            case OTHER_ACTOR -> "#CC79A7";
        };
    }

    public static String colour(CollaborationKind kind) {
        return switch (kind) {
            case KNOWLEDGE_SHARING -> "#0072B2";
            case REFERRAL -> "#D55E00";
            case SPONSORSHIP -> "#E69F00";
            case ROOM_LENDING -> "#009E73";
            case JOINT_PROJECT -> "#CC79A7";
            case NETWORK_GROUP -> "#999999";
            case RESOURCE_EXCHANGE -> "#56B4E9";
        };
    }

    /** The radius of an organisation's circle. */
    public static double radius(int degree) {
        return 9 + 3 * Math.sqrt(degree);
    }
}
