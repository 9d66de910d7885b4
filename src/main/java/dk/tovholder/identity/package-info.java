/**
 * Accounts, roles and login. Jakarta Security with the container's database
 * identity store and PBKDF2 hashing; one authentication mechanism serves both
 * the pages (form login through the login page, session kept) and the API
 * (session or HTTP Basic, 401 as problem+json). Only active accounts log in;
 * deactivating or resetting a password ends the user's open sessions on this node.
 * Page and endpoint role rules are declared in web.xml.
 */
package dk.tovholder.identity;
