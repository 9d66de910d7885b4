/**
 * Protections every request passes through, whatever component serves it:
 * security headers now; CSRF rules for the API and login throttling belong
 * here too. Role rules per page and endpoint live in web.xml.
 */
package dk.tovholder.protection;
