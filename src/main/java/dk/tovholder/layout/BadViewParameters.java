package dk.tovholder.layout;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter that does not convert ({@code ?id=x},
 * {@code ?meeting=99999999999999999999}) answers 400 with the error page. JSF
 * would otherwise skip the page's view action and render it unloaded, which
 * ended in an internal error.
 */
public class BadViewParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the parameters are converted
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            ErrorResponses.send(400);
        }
    }
}
