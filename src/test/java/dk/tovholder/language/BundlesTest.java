package dk.tovholder.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.calendar.entity.FeedKind;
import dk.tovholder.caller.Role;
import dk.tovholder.experience.entity.Department;
import dk.tovholder.experience.entity.ParticipantRole;
import dk.tovholder.experience.entity.Priority;
import dk.tovholder.experience.entity.ProgrammeStatus;
import dk.tovholder.experience.entity.Step;
import dk.tovholder.mail.entity.FailureSource;
import dk.tovholder.mail.entity.MailStatus;
import dk.tovholder.mail.entity.MailTopic;
import dk.tovholder.meeting.boundary.Meetings;
import dk.tovholder.meeting.entity.ActionItem;
import dk.tovholder.meeting.entity.AgendaProposal;
import dk.tovholder.meeting.entity.Attendance;
import dk.tovholder.meeting.entity.ItemType;
import dk.tovholder.meeting.entity.MeetingStatus;
import dk.tovholder.network.control.Rota;
import dk.tovholder.network.entity.CadenceKind;
import dk.tovholder.network.entity.DutyItem;
import dk.tovholder.network.entity.RotaEventKind;
import dk.tovholder.network.entity.RotationUnit;
import dk.tovholder.network.entity.Visibility;
import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.organisation.entity.OrganisationType;
import dk.tovholder.room.boundary.CancelScope;
import dk.tovholder.room.entity.BookingStatus;
import dk.tovholder.room.entity.Facility;
import dk.tovholder.room.entity.RecurrenceRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Danish and English, and every key a page uses exists. */
class BundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    @ParameterizedTest
    @ValueSource(strings = {"dk/tovholder/language/messages", "dk/tovholder/language/faces", "ValidationMessages"})
    void danishAndEnglishHaveTheSameKeys(String bundle) {
        Set<String> danish = keys(bundle + "_da.properties");
        Set<String> english = keys(bundle + "_en.properties");
        Set<String> onlyDanish = new TreeSet<>(danish);
        onlyDanish.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(danish);
        assertTrue(onlyDanish.isEmpty(), () -> bundle + ": missing in English: " + onlyDanish);
        assertTrue(onlyEnglish.isEmpty(), () -> bundle + ": missing in Danish: " + onlyEnglish);
        assertTrue(danish.size() > 5, bundle + " looks empty");
    }

    /** MessageFormat reads a lone apostrophe as the start of quoted text: "the group's {0}" would lose its argument. */
    @ParameterizedTest
    @ValueSource(strings = {"dk/tovholder/language/messages_da.properties",
        "dk/tovholder/language/messages_en.properties"})
    void noLoneApostropheInAMessageWithArguments(String file) {
        Properties properties = load(file);
        Set<String> broken = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String text = properties.getProperty(key);
            if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                broken.add(key);
            }
        }
        assertTrue(broken.isEmpty(), () -> file + ": a lone ' in " + broken + " (write '' or \u2019)");
    }

    @Test
    void defaultValidationMessagesAreTheDanishOnes() {
        assertEquals(keys("ValidationMessages_da.properties"), keys("ValidationMessages.properties"));
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Set<String> known = keys("dk/tovholder/language/messages_da.properties");
        Pattern use = Pattern.compile("msg\\['([^']+)'\\]|msg\\.([A-Za-z0-9_]+)");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = use.matcher(Files.readString(page));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.contains("#{") && !known.contains(key)) {
                        missing.add(WEBAPP.relativize(page) + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "keys used in pages but missing in the bundle: " + missing);
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> known = keys("dk/tovholder/language/messages_da.properties");
        Pattern use = Pattern.compile("(?:Messages\\.get\\([^,]+,|new (?:Refusal|Forbidden)\\(|(?:Refusal\\.onField|new Conflict)\\([^,]+,"
                + "|messages\\.(?:info|error|warn)\\()\\s*\"([a-zA-Z][a-zA-Z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    boolean prefix = key.endsWith(".");
                    if (prefix ? known.stream().noneMatch(k -> k.startsWith(key)) : !known.contains(key)) {
                        missing.add(source.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "keys used in the code but missing in the bundle: " + missing);
    }

    @ParameterizedTest
    @ValueSource(classes = {OrganisationType.class,
        CollaborationValue.class, Role.class,
        Visibility.class, RotationUnit.class,
        CadenceKind.class, DutyItem.class,
        RotaEventKind.class, DayOfWeek.class,
        MeetingStatus.class, ItemType.class,
        Facility.class, BookingStatus.class,
        RecurrenceRule.class, CancelScope.class,
        ParticipantRole.class, Department.class,
        ProgrammeStatus.class, Priority.class,
        Step.class, FeedKind.class,
        MailStatus.class, MailTopic.class,
        FailureSource.class})
    void everyEnumConstantHasAName(Class<? extends Enum<?>> type) {
        Set<String> known = keys("dk/tovholder/language/messages_da.properties");
        for (Enum<?> constant : type.getEnumConstants()) {
            String key = type.getSimpleName() + "." + constant.name();
            assertTrue(known.contains(key), () -> "no text for " + key);
        }
    }

    @Test
    void everyKindOfTurnHasAName() {
        Set<String> known = keys("dk/tovholder/language/messages_da.properties");
        for (Rota.Kind kind : Rota.Kind.values()) {
            assertTrue(known.contains("RotaKind." + kind.name()), () -> "no text for RotaKind." + kind);
        }
        for (var answer : Attendance.Answer.values()) {
            assertTrue(known.contains("AttendanceAnswer." + answer.name()), () -> "no text for AttendanceAnswer." + answer);
        }
        for (var scope : Meetings.Scope.values()) {
            assertTrue(known.contains("MeetingScope." + scope.name()), () -> "no text for MeetingScope." + scope);
        }
        for (var status : AgendaProposal.Status.values()) {
            assertTrue(known.contains("ProposalStatus." + status.name()), () -> "no text for ProposalStatus." + status);
        }
        for (var status : ActionItem.Status.values()) {
            assertTrue(known.contains("ActionStatus." + status.name()), () -> "no text for ActionStatus." + status);
        }
    }

    static Set<String> keys(String resource) {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    static Properties load(String resource) {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "no bundle " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
