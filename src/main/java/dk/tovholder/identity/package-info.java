/**
 * Accounts, roles and login. Jakarta Security with the container's database
 * identity store and PBKDF2 hashing; one authentication mechanism serves both
 * the pages (form login through the login page, session kept) and the API
 * (session, HTTP Basic or a personal API token as Bearer, 401 as problem+json).
 * Verified Basic credentials and tokens are remembered for a few minutes per
 * node (one PBKDF2 hash per period, not per request) and dropped on every node
 * when the password changes, the account is deactivated or the token revoked.
 * Only active accounts log in; deactivating or resetting a password ends the
 * user's open sessions on every node.
 * Page and endpoint role rules are declared in web.xml.
 */
package dk.tovholder.identity;
