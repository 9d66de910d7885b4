package dk.tovholder.meeting.boundary;

import dk.tovholder.identity.boundary.CurrentUser;
import dk.tovholder.layout.FacesMessages;
import dk.tovholder.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Search page: agendas, minutes and decisions (search.xhtml?q=...). */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    Search search;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private String q;
    private List<Search.Hit> hits;

    public void run() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            hits = search.find(q, currentUser.caller());
        } catch (Refusal refusal) {
            messages.show(refusal, "search");
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<Search.Hit> getHits() {
        return hits;
    }
}
