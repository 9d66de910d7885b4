package dk.tovholder.experience.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.tovholder.experience.entity.Advice;
import dk.tovholder.experience.entity.Agreement;
import dk.tovholder.experience.entity.Contribution;
import dk.tovholder.experience.entity.Expectation;
import dk.tovholder.experience.entity.ExperienceGroup;
import dk.tovholder.experience.entity.Participant;
import dk.tovholder.language.Messages;
import dk.tovholder.organisation.entity.Person;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The final report of an experience group as one PDF (OpenPDF), to hand to the
 * organisation: the group, the three pieces of advice, the contribution
 * matrix, the agreements, the expectations and the joint project.
 */
public final class ExperienceReport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", true, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", true, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", true, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", true, 10);

    private ExperienceReport() {
    }

    /** The worksheets' content, as the boundary read it. */
    public record Content(List<Advice> advice, List<Contribution> contributions, List<Agreement> agreements,
            List<Expectation> expectations) {
    }

    public static byte[] write(ExperienceGroup group, Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(group.getName());
            document.open();
            document.add(new Paragraph(group.getName(), TITLE));
            document.add(new Paragraph(text(locale, "experience.renovation") + ": " + group.getRenovation(), TEXT));
            document.add(new Paragraph(text(locale, "experience.socialEffort") + ": " + group.getSocialEffort(), TEXT));
            document.add(new Paragraph(text(locale, "experience.organisation") + ": " + group.getOrganisation().getName()
                    + " · " + text(locale, "experience.facilitator") + ": " + group.getFacilitator().getName(), TEXT));
            document.add(new Paragraph(text(locale, "experience.progress") + ": " + group.getStepsDone() + "/4 · "
                    + text(locale, "ProgrammeStatus." + group.getStatus()), TEXT));

            heading(document, text(locale, "experience.participants"));
            PdfPTable people = table(3, text(locale, "experience.participant"), text(locale, "experience.role"),
                    text(locale, "experience.department"));
            for (Participant p : group.getParticipants()) {
                people.addCell(cell(p.getPerson().getName(), TEXT));
                people.addCell(cell(text(locale, "ParticipantRole." + p.getRole()), TEXT));
                people.addCell(cell(text(locale, "Department." + p.getDepartment()), TEXT));
            }
            document.add(people);

            heading(document, "1. " + text(locale, "experience.step.1.title"));
            int n = 1;
            for (Advice a : content.advice()) {
                if (a.isSelected()) {
                    document.add(new Paragraph((n++) + ". " + a.getText(), BOLD));
                }
            }
            if (n == 1) {
                document.add(new Paragraph(text(locale, "experience.report.none"), TEXT));
            }

            heading(document, "2. " + text(locale, "experience.step.2.title"));
            Map<Long, Contribution> byPerson = content.contributions().stream()
                    .collect(Collectors.toMap(c -> c.getPerson().getId(), Function.identity()));
            PdfPTable matrix = table(3, text(locale, "experience.participant"), text(locale, "experience.competences"),
                    text(locale, "experience.brings"));
            for (Participant p : group.getParticipants()) {
                Contribution c = byPerson.get(p.getPerson().getId());
                matrix.addCell(cell(p.getPerson().getName(), BOLD));
                matrix.addCell(cell(c == null ? "" : c.getCompetences(), TEXT));
                matrix.addCell(cell(c == null ? "" : c.getBrings(), TEXT));
            }
            document.add(matrix);

            heading(document, "3. " + text(locale, "experience.step.3.title"));
            PdfPTable agreements = table(3, text(locale, "experience.agreement.what"),
                    text(locale, "experience.agreement.when"), text(locale, "experience.agreement.responsible"));
            for (Agreement a : content.agreements()) {
                agreements.addCell(cell(a.getWhat(), TEXT));
                agreements.addCell(cell(a.getWhen(), TEXT));
                agreements.addCell(cell(a.getResponsible().stream().map(Person::getName)
                        .collect(Collectors.joining(", ")), TEXT));
            }
            document.add(agreements);

            heading(document, "4. " + text(locale, "experience.step.4.title"));
            PdfPTable expectations = table(3, text(locale, "experience.expectation.toWhom"),
                    text(locale, "experience.expectation.what"), text(locale, "experience.expectation.priority"));
            for (Expectation e : content.expectations()) {
                expectations.addCell(cell(e.getToWhom(), TEXT));
                expectations.addCell(cell(e.getWhat(), TEXT));
                expectations.addCell(cell(text(locale, "Priority." + e.getPriority()), TEXT));
            }
            document.add(expectations);

            heading(document, text(locale, "experience.project"));
            if (group.getProjectTitle() == null) {
                document.add(new Paragraph(text(locale, "experience.report.none"), TEXT));
            } else {
                document.add(new Paragraph(group.getProjectTitle(), BOLD));
                line(document, text(locale, "experience.project.goal"), group.getProjectGoal());
                line(document, text(locale, "experience.project.firstSteps"), group.getProjectFirstSteps());
                line(document, text(locale, "experience.project.date"), group.getProjectDate() == null ? null
                        : group.getProjectDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)));
                line(document, text(locale, "experience.project.people"), group.getParticipants().stream()
                        .filter(Participant::isInProject).map(p -> p.getPerson().getName())
                        .collect(Collectors.joining(", ")));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report of " + group.getName(), e);
        }
        return out.toByteArray();
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, key);
    }

    private static void heading(Document document, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static void line(Document document, String label, String value) {
        if (value != null && !value.isBlank()) {
            document.add(new Paragraph(label + ": " + value, TEXT));
        }
    }

    private static PdfPTable table(int columns, String... titles) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        for (String title : titles) {
            PdfPCell cell = cell(title, BOLD);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Paragraph(text == null ? "" : text, font));
    }
}
