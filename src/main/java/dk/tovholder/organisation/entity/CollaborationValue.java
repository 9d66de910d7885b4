package dk.tovholder.organisation.entity;

/**
 * The five values an organisation gets from cross-cutting collaboration
 * (the handbook's value game / sunshine model), in the handbook's order.
 */
public enum CollaborationValue {
    BROADER_TARGET_GROUP,
    PROFESSIONAL_COMPETENCE,
    COLLABORATION_BASIS,
    SOCIAL_RESPONSIBILITY,
    MORE_RESOURCES
}
