package dk.tovholder.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.tovholder.room.boundary.BookingRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

class JsonbSettingsTest {

    private final Jsonb jsonb = new JsonbSettings().getContext(BookingRequest.class);

    @Test
    void wholeNumbersAreRead() {
        BookingRequest request = jsonb.fromJson("{\"roomId\":12,\"people\":30,\"meetingId\":5,\"purpose\":\"x\"}",
                BookingRequest.class);
        assertEquals(12L, request.getRoomId());
        assertEquals(30, request.getPeople());
        assertEquals(5L, request.getMeetingId());
    }

    @Test
    void aFractionOrAHugeNumberIsNoWholeNumber() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"roomId\":1.5}", BookingRequest.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"roomId\":\"12\"}", BookingRequest.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"roomId\":1e40}", BookingRequest.class));
    }
}
