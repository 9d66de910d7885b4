package dk.tovholder.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Query and path parameters of type {@link LocalDate} as ISO dates
 * ({@code 2026-03-31}); a malformed one is a 400 problem naming the parameter.
 */
@Provider
public class TimeParameters implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> DATE = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date: " + value, e);
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) DATE : null;
    }
}
