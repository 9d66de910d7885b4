/**
 * The organisation directory (the resource exchange's first part): the
 * area's organisations, their people, resources and the five values they see
 * in collaboration. Contact details are shown to others only with the
 * organisation's recorded consent ({@code Organisation.contactVisibleTo}); the
 * rule is applied in the entity so that pages, API and CSV export agree.
 * The profile has no cross-field invariants, so editing binds a detached copy
 * that {@code Organisations.save} merges under the optimistic lock.
 */
package dk.tovholder.organisation;
