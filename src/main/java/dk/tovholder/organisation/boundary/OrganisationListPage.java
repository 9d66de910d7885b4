package dk.tovholder.organisation.boundary;

import dk.tovholder.caller.Caller;
import dk.tovholder.caller.CurrentCaller;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.OrganisationType;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * organisation/list.xhtml: the directory with search and filters, paged in the
 * database (one count and one page query, plus one batch query for values).
 */
@Named
@ViewScoped
public class OrganisationListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller currentCaller;

    @Size(max = 200)
    private String text;
    private OrganisationType type;
    private CollaborationValue value;
    @Size(max = 200)
    private String competence;

    private Caller caller;
    private LazyDataModel<Organisation> model;

    @PostConstruct
    void load() {
        caller = currentCaller.caller();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) organisations.count(filter());
            }

            @Override
            public List<Organisation> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return organisations.search(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(Organisation organisation) {
                return String.valueOf(organisation.getId());
            }

            @Override
            public Organisation getRowData(String rowKey) {
                return organisations.find(Long.valueOf(rowKey));
            }
        };
    }

    public OrganisationFilter filter() {
        return new OrganisationFilter(text, type, value, competence);
    }

    /** Applied by the search form; the table reloads from the first page. */
    public void search() {
        // the lazy model reads the filter fields on its next load
    }

    public void clear() {
        text = null;
        type = null;
        value = null;
        competence = null;
    }

    public boolean contactVisible(Organisation organisation) {
        return organisation.contactVisibleTo(caller.isAdmin(), caller.organisationId());
    }

    /** The export link's query string: the current filters and language. */
    public String exportQuery(String lang) {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", text);
        add(query, "type", type == null ? null : type.name());
        add(query, "value", value == null ? null : value.name());
        add(query, "competence", competence);
        add(query, "lang", lang);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isMayCreate() {
        return caller.isAdmin();
    }

    public LazyDataModel<Organisation> getModel() {
        return model;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public CollaborationValue[] getValues() {
        return CollaborationValue.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public CollaborationValue getValue() {
        return value;
    }

    public void setValue(CollaborationValue value) {
        this.value = value;
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }
}
