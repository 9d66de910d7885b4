package dk.tovholder.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The API's JSON-B: whole numbers must be whole. Left to itself JSON-B reads
 * {@code "roomId": 1.5} as room 1; here a fraction or a number out of range for
 * a {@code Long} or {@code Integer} is a bad value (400, through
 * {@link UnreadableBodyMapper}). JSON-B gives no way to replace its reading of
 * the primitive {@code int}: fields that must be whole use {@code Integer}.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeLong(), new WholeInteger()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    // JSON-B finds the type a deserializer reads from its declared interface: one class per type
    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return whole(parser, "Long", BigDecimal::longValueExact);
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            return whole(parser, "Integer", BigDecimal::intValueExact);
        }
    }

    /** The number, exactly (no fraction, in range), or a JSON-B error naming what was wrong. */
    private static <T> T whole(JsonParser parser, String type, Function<BigDecimal, T> exact) {
        BigDecimal number;
        try {
            number = parser.getBigDecimal();
        } catch (IllegalStateException | NumberFormatException e) {
            throw new JsonbException("not a number for " + type, e);
        }
        try {
            return exact.apply(number);
        } catch (ArithmeticException e) {
            throw new JsonbException("not a whole " + type + ": " + number, e);
        }
    }
}
