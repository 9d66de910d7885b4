/**
 * Refusals: the errors a user can cause (unknown id, not allowed, a broken
 * rule, a conflict). Each carries a message key so that pages and the API
 * explain it in the user's language; nothing else reaches the user as an
 * exception. A shared concern, so a named component of its own.
 */
package dk.tovholder.refusal;
