package dk.tovholder.home.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.language.LanguagePreference;
import dk.tovholder.meeting.boundary.OpenAction;
import dk.tovholder.network.entity.Cadence;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** index.xhtml, the start page: the overview is read once per request, in one transaction. */
@Named
@RequestScoped
public class StartPage {

    @Inject
    Home home;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguagePreference language;

    private Overview overview;

    public Overview getOverview() {
        if (overview == null) {
            overview = home.overview(currentUser.caller());
        }
        return overview;
    }

    public boolean isOverdue(OpenAction action) {
        return action.isOverdue(getOverview().today());
    }

    /** A short time for a list read on a phone, e.g. "tirs. 8. dec. kl. 09.00"; the year only when not this one. */
    public String when(Instant instant) {
        return instant == null ? "" : whenZoned(instant.atZone(Cadence.ZONE));
    }

    public String whenZoned(ZonedDateTime time) {
        if (time == null) {
            return "";
        }
        ZonedDateTime local = time.withZoneSameInstant(Cadence.ZONE);
        boolean thisYear = local.getYear() == getOverview().today().getYear();
        String pattern = "en".equals(language.getCode())
                ? (thisYear ? "EEE d MMM, HH:mm" : "EEE d MMM yyyy, HH:mm")
                : (thisYear ? "EEE d. MMM 'kl.' HH.mm" : "EEE d. MMM yyyy 'kl.' HH.mm");
        return local.format(DateTimeFormatter.ofPattern(pattern, language.getLocale()));
    }
}
