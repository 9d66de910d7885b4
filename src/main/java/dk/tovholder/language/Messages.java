package dk.tovholder.language;

import dk.tovholder.refusal.Refusal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts outside JSF (API problems, CSV headers, e-mail).
 * Pages use the same bundle as {@code #{msg[...]}}.
 */
public final class Messages {

    public static final String BUNDLE = "dk.tovholder.language.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale(),
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Whether the (Danish) bundle has the key; both languages have the same keys (BundlesTest). */
    public static boolean has(String key) {
        return bundle(Language.DEFAULT.locale()).containsKey(key);
    }

    /**
     * The message in the language; an argument that is itself a refusal is
     * written as its own message in the same language (a reason inside a reason).
     */
    public static String get(Locale locale, String key, Object... arguments) {
        Object[] args = arguments.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Refusal inner) {
                args[i] = get(locale, inner.messageKey(), inner.arguments());
            }
        }
        return format(locale, key, args);
    }

    private static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Language.of(locale).locale())
                .format(arguments);
    }
}
