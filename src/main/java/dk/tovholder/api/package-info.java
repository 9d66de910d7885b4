/**
 * API conventions shared by every resource: JSON under {@code /api},
 * authenticated by session or HTTP Basic, errors as RFC 9457
 * {@code application/problem+json} in the caller's language
 * (Accept-Language; Danish by default), never a stack trace.
 */
package dk.tovholder.api;
