/**
 * Languages: Danish (default) and English. All text comes from the
 * {@code messages} bundles (pages, API problems, CSV); JSF and Bean
 * Validation messages have bundles of their own. The session's language is
 * kept in {@code LanguagePreference} and on the user's account.
 */
package dk.tovholder.language;
