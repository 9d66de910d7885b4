package dk.tovholder.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    private final WebAddress.Validator validator = new WebAddress.Validator();

    @ParameterizedTest
    @ValueSource(strings = {"https://www.frederiksberg.dk", "http://example.dk/helhedsplan?x=1", " https://kk.dk "})
    void acceptsWebAddresses(String address) {
        assertTrue(validator.isValid(address, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.dk", "www.example.dk", "https://localhost",
        "http://exa mple.dk"})
    void refusesWhatIsNotAWebAddress(String address) {
        assertFalse(validator.isValid(address, null));
    }
}
