/**
 * Protections every request passes through, whatever component serves it:
 * security headers, the Origin check against cross-site requests, and the
 * client's address behind trusted proxies (for login throttling). Role rules
 * per page and endpoint live in web.xml.
 */
package dk.tovholder.protection;
