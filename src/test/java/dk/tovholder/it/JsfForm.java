package dk.tovholder.it;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of a page as a browser would send it: the values its fields hold
 * (text inputs, hidden fields with the JSF view state, checked boxes, chosen
 * options, text areas), changed by the test, and sent with the button pressed.
 */
public final class JsfForm {

    /** The request parameter PrimeFaces' script adds to each form it submits. */
    public static final String NONCE = "primefaces.nonce";

    private final String action;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private JsfForm(String action) {
        this.action = action;
    }

    /** The form with the id on the page; fails the test when there is none. */
    public static JsfForm of(HttpResponse<String> page, String formId) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.getElementById(formId);
        if (form == null || !form.tagName().equals("form")) {
            throw new AssertionError("no form " + formId + " on " + page.uri());
        }
        JsfForm result = new JsfForm(form.absUrl("action"));
        // PrimeFaces' CSP mode checks a postback carries the page's nonce (its script adds it on submit)
        Element nonced = document.selectFirst("script[nonce]");
        if (nonced != null) {
            result.fields.put(NONCE, nonced.attr("nonce"));
        }
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            switch (field.tagName()) {
                case "textarea" -> result.fields.put(name, field.wholeText());
                case "select" -> field.select("option[selected]").forEach(o -> result.fields.put(name, o.attr("value")));
                default -> {
                    String type = field.attr("type").toLowerCase(Locale.ROOT);
                    if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("reset")
                            || (type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                        continue;
                    }
                    result.fields.put(name, field.attr("value"));
                }
            }
        }
        return result;
    }

    /** Sets a field (by its full name, e.g. {@code edit:description}). */
    public JsfForm set(String name, String value) {
        if (!fields.containsKey(name)) {
            throw new AssertionError("the form has no field " + name + "; it has " + fields.keySet());
        }
        fields.put(name, value);
        return this;
    }

    public String get(String name) {
        return fields.get(name);
    }

    /** Sends the form as a press of the button with the name (a submit button sends its own name). */
    public HttpResponse<String> submit(WebSession session, String button) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put(button, button);
        String path = action.replaceFirst("^https?://[^/]+/", "");
        return session.post(path, sent);
    }
}
