package dk.tovholder.meeting.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.tovholder.language.Messages;
import dk.tovholder.meeting.boundary.MinutesGathered;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.AgendaItem;
import dk.tovholder.meeting.entity.Decision;
import dk.tovholder.meeting.entity.Meeting;
import dk.tovholder.network.entity.Cadence;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's agenda, and its minutes when the reader may see them, as a PDF
 * (OpenPDF) for printing and for e-mail: the same content as the page, in the
 * reader's language.
 */
public final class MeetingPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", true, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", true, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", true, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", true, 10);

    private MeetingPdf() {
    }

    /**
     * The minutes' parts, or null when the reader may not see the minutes;
     * {@code more}: what other components keep with the minutes (the value game).
     */
    public record Minutes(List<Decision> decisions, List<ActionItem> actions,
            List<MinutesGathered.Section> more) {
    }

    public static byte[] write(Meeting meeting, String groupName, List<ActionItem> followUps, Minutes minutes,
            Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(meeting.getTitle());
            document.open();
            document.add(new Paragraph(meeting.getTitle(), TITLE));
            document.add(new Paragraph(groupName + " · " + dateTime(meeting.getStartsAt(), locale) + " - "
                    + time(meeting.getEndsAt(), locale), TEXT));
            if (meeting.getPlace() != null) {
                document.add(new Paragraph(Messages.get(locale, "meeting.place") + ": " + meeting.getPlace(), TEXT));
            }
            if (meeting.getCancelReason() != null) {
                document.add(new Paragraph(Messages.get(locale, "MeetingStatus.CANCELLED") + ": "
                        + meeting.getCancelReason(), BOLD));
            }
            document.add(heading(Messages.get(locale, "agenda.title")));
            PdfPTable table = new PdfPTable(new float[] {1.2f, 6f, 1.3f});
            table.setWidthPercentage(100);
            header(table, Messages.get(locale, "agenda.start"), Messages.get(locale, "agenda.item"),
                    Messages.get(locale, "agenda.minutes"));
            List<Instant> starts = meeting.itemStarts();
            List<AgendaItem> agenda = meeting.getAgenda();
            for (int i = 0; i < agenda.size(); i++) {
                AgendaItem item = agenda.get(i);
                table.addCell(cell(time(starts.get(i), locale), TEXT));
                Phrase what = new Phrase((item.getPosition() + 1) + ". " + item.getTitle(), BOLD);
                what.add(new Phrase(" · " + Messages.get(locale, "ItemType." + item.getType())
                        + (item.getPresenter() == null ? "" : " · " + item.getPresenter())
                        + (item.getDescription() == null ? "" : "\n" + item.getDescription()), TEXT));
                table.addCell(new PdfPCell(what));
                table.addCell(cell(String.valueOf(item.getMinutes()), TEXT));
            }
            document.add(table);
            document.add(new Paragraph(Messages.get(locale, "agenda.estimatedEnd") + " "
                    + time(meeting.estimatedEnd(), locale), TEXT));
            if (!followUps.isEmpty()) {
                document.add(heading(Messages.get(locale, "agenda.followUp")));
                for (ActionItem action : followUps) {
                    document.add(new Paragraph("• " + action(action, locale), TEXT));
                }
            }
            if (minutes != null) {
                document.add(heading(Messages.get(locale, "minutes.title")
                        + (meeting.isMinutesApproved() ? "" : " (" + Messages.get(locale, "minutes.draftShort") + ")")));
                for (AgendaItem item : agenda) {
                    if (item.getNotes() != null) {
                        document.add(new Paragraph((item.getPosition() + 1) + ". " + item.getTitle(), BOLD));
                        document.add(new Paragraph(item.getNotes(), TEXT));
                    }
                }
                document.add(heading(Messages.get(locale, "minutes.decisions")));
                for (Decision decision : minutes.decisions()) {
                    document.add(new Paragraph("• " + decision.getText(), TEXT));
                }
                document.add(heading(Messages.get(locale, "minutes.actions")));
                for (ActionItem action : minutes.actions()) {
                    document.add(new Paragraph("• " + action(action, locale), TEXT));
                }
                for (MinutesGathered.Section section : minutes.more()) {
                    document.add(heading(section.heading()));
                    for (String line : section.lines()) {
                        document.add(new Paragraph("• " + line, TEXT));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the PDF of meeting " + meeting.getId(), e);
        }
        return out.toByteArray();
    }

    private static String action(ActionItem action, Locale locale) {
        return action.getWhat() + " · " + action.getResponsibleOrganisation().getName()
                + (action.getResponsiblePerson() == null ? "" : " (" + action.getResponsiblePerson() + ")")
                + " · " + Messages.get(locale, "action.due") + " "
                + action.getDueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
                + " · " + Messages.get(locale, "ActionStatus." + action.getStatus());
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = cell(title, BOLD);
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static PdfPCell cell(String text, Font font) {
        return new PdfPCell(new Phrase(text, font));
    }

    private static String dateTime(Instant instant, Locale locale) {
        return instant.atZone(Cadence.ZONE).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL,
                FormatStyle.SHORT).withLocale(locale));
    }

    private static String time(Instant instant, Locale locale) {
        return instant.atZone(Cadence.ZONE).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale));
    }
}
