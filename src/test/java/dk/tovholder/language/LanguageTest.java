package dk.tovholder.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void danishIsTheDefault() {
        assertEquals(Language.DA, Language.of((String) null));
        assertEquals(Language.DA, Language.of("sv"));
        assertEquals(Language.DA, Language.of((Locale) null));
    }

    @Test
    void recognisesCodesAndTags() {
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.EN, Language.of("en-GB"));
        assertEquals(Language.EN, Language.of("en_US"));
        assertEquals(Language.DA, Language.of("da-DK"));
        assertEquals(Language.EN, Language.of(Locale.UK));
    }

    @Test
    void messagesAreLookedUpPerLanguageWithoutFallingBackToTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Log ind", Messages.get(Language.DA.locale(), "login.submit"));
            Locale.setDefault(Locale.forLanguageTag("da"));
            assertEquals("Log in", Messages.get(Language.EN.locale(), "login.submit"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
