package dk.tovholder.organisation.entity;

/** The six kinds of actor in the handbook's network-map legend. */
public enum OrganisationType {
    BUSINESS,
    MUNICIPAL_INSTITUTION,
    HOUSING_ORGANISATION,
    VOLUNTARY_ORGANISATION,
    RESIDENT_ASSOCIATION,
    OTHER_ACTOR
}
