package dk.tovholder.network.boundary;

import dk.tovholder.network.entity.Cadence;
import dk.tovholder.network.entity.GroupMember;
import dk.tovholder.network.entity.NetworkGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** A network group as the API shows it. */
public record GroupView(Long id, String name, String purpose, String theme, String visibility, String rotationUnit,
        CadenceView cadence, String administrator, List<MemberView> members, int participants,
        OffsetDateTime nextMeeting, RotaTurn currentHolder, RotaTurn nextHolder) {

    public record CadenceView(String kind, int interval, String day, Integer weekOfMonth, String startTime,
            int minutes, LocalDate firstDate) {
    }

    public record MemberView(Long organisationId, String name, boolean core, Integer rotaPosition, String dutyPerson) {
    }

    public static GroupView of(NetworkGroup g, RotaOverview rota, LocalDate today) {
        Cadence c = g.getCadence();
        List<LocalDate> next = c.days(today, today.plusYears(1));
        return new GroupView(g.getId(), g.getName(), g.getPurpose(), g.getTheme(), g.getVisibility().name(),
                g.getRotationUnit().name(),
                new CadenceView(c.getKind().name(), c.getInterval(), c.getDay() == null ? null : c.getDay().name(),
                        c.getWeekOfMonth(), c.getStartTime() == null ? null : c.getStartTime().toString(),
                        c.getMinutes(), c.getFirstDate()),
                g.getAdministrator().getName(),
                g.getMembers().stream().sorted(Comparator.comparing((GroupMember m) -> !m.isCore())
                        .thenComparing(m -> m.getRotaPosition() == null ? 0 : m.getRotaPosition())
                        .thenComparing(m -> m.getOrganisation().getName()))
                        .map(m -> new MemberView(m.getOrganisation().getId(), m.getOrganisation().getName(), m.isCore(),
                                m.getRotaPosition(), m.getDutyPerson() == null ? null : m.getDutyPerson().getName()))
                        .toList(),
                g.getParticipants().size(),
                next.isEmpty() ? null : c.startOn(next.get(0)).toOffsetDateTime(),
                rota.current().orElse(null), rota.next().orElse(null));
    }
}
