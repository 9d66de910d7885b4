package dk.tovholder.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static HttpServletRequest request(String remote, String forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwarded : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("203.0.113.5", ClientAddress.of(request("203.0.113.5", "10.9.9.9"), Set.of()));
        assertEquals("203.0.113.5", ClientAddress.of(request("203.0.113.5", "10.9.9.9"), Set.of("127.0.0.1")));
    }

    @Test
    void behindTrustedProxiesTheAddressTheOutermostProxySawIsTaken() {
        Set<String> proxies = Set.of("127.0.0.1", "10.0.0.2");
        assertEquals("198.51.100.7", ClientAddress.of(request("127.0.0.1", "198.51.100.7"), proxies));
        assertEquals("198.51.100.7", ClientAddress.of(request("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2"), proxies),
                "what the client wrote itself, left of the real hop, is not believed");
        assertEquals("127.0.0.1", ClientAddress.of(request("127.0.0.1", null), proxies));
    }
}
