package dk.tovholder.organisation.control;

import dk.tovholder.caller.Caller;
import dk.tovholder.language.Messages;
import dk.tovholder.organisation.entity.Organisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The directory as CSV for spreadsheets: semicolon-separated with a UTF-8 byte
 * order mark, which Danish Excel opens correctly; headers and enum values in
 * the user's language; contact details only where the viewer may see them.
 */
public final class DirectoryCsv {

    private static final String[] COLUMNS = {
        "organisation.name", "organisation.type", "organisation.description", "organisation.address",
        "organisation.website", "organisation.contact.person", "organisation.contact.phone",
        "organisation.contact.email", "organisation.competences", "organisation.targetGroups",
        "organisation.languages", "organisation.physicalBase", "organisation.facilities",
        "organisation.otherResources", "organisation.values"
    };

    private DirectoryCsv() {
    }

    public static void write(List<Organisation> organisations, Caller viewer, Locale locale, Writer out) {
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = Messages.get(locale, COLUMNS[i]);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(headers).build();
        try {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, format);
            for (Organisation o : organisations) {
                boolean contact = o.contactVisibleTo(viewer.isAdmin(), viewer.organisationId());
                csv.printRecord(o.getName(), Messages.get(locale, "OrganisationType." + o.getType()),
                        o.getDescription(), o.getAddress(), o.getWebsite(),
                        contact ? o.getContact().getPerson() : null,
                        contact ? o.getContact().getPhone() : null,
                        contact ? o.getContact().getEmail() : null,
                        o.getCompetences(), o.getTargetGroups(), o.getLanguages(), o.getPhysicalBase(),
                        o.getFacilities(), o.getOtherResources(),
                        o.getValues().stream().sorted().map(v -> Messages.get(locale, "CollaborationValue." + v))
                                .collect(Collectors.joining(", ")));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
