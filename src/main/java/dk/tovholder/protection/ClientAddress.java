package dk.tovholder.protection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request came from. Behind a reverse proxy every request comes
 * from the proxy; its {@code X-Forwarded-For} header is believed only when the
 * request comes from one of the configured proxies, and then the address the
 * last such proxy saw is taken (anything further left the client could have
 * written itself).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
