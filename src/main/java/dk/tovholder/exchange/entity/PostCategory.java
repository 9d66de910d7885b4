package dk.tovholder.exchange.entity;

/**
 * What a post is about, after the handbook's questions on resources
 * (volunteers, rooms and facilities, surplus goods, leisure jobs, competences,
 * sponsorships, activities).
 */
public enum PostCategory {
    VOLUNTEERS, ROOMS, GOODS, JOBS, COMPETENCE, SPONSORSHIP, ACTIVITY, OTHER
}
