package dk.tovholder.network.entity;

import dk.tovholder.audit.entity.AuditSubject;
import dk.tovholder.clock.AppClock;
import dk.tovholder.organisation.entity.Organisation;
import dk.tovholder.organisation.entity.Person;
import dk.tovholder.refusal.Conflict;
import dk.tovholder.refusal.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A network group or meeting forum: organisations that meet regularly around a
 * purpose, with a coordinator duty that rotates among the core members. The
 * aggregate holds its members and participants; the rota's history lives in
 * {@link RotaEvent}s.
 */
@Entity
@Table(name = "network_group")
@NamedQuery(name = NetworkGroup.FIND_ALL, query = "select g from NetworkGroup g order by lower(g.name), g.id")
@NamedQuery(name = NetworkGroup.FIND_BY_NAME,
        query = "select g from NetworkGroup g where lower(g.name) = lower(:name)")
public class NetworkGroup implements AuditSubject, Serializable {

    private static final long serialVersionUID = 1L;
    public static final String FIND_ALL = "NetworkGroup.findAll";
    public static final String FIND_BY_NAME = "NetworkGroup.findByName";
    public static final int NAME_MAX = 200;
    public static final int PURPOSE_MAX = 4000;
    public static final int THEME_MAX = 500;

    @Id
    @SequenceGenerator(name = "network_group_seq", sequenceName = "network_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_group_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = PURPOSE_MAX)
    @Column(length = PURPOSE_MAX)
    private String purpose;

    @Size(max = THEME_MAX)
    @Column(length = THEME_MAX)
    private String theme;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility = Visibility.OPEN;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "administrator_id", nullable = false)
    private Person administrator;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rotation_unit", nullable = false, length = 20)
    private RotationUnit rotationUnit = RotationUnit.MEETING;

    /** the first turn of the rota falls on or after this day */
    @NotNull
    @Column(name = "rota_start", nullable = false)
    private LocalDate rotaStart;

    @Valid
    @NotNull
    @Embedded
    private Cadence cadence = Cadence.adHoc();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private GroupKind kind = GroupKind.NETWORK;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    private List<GroupMember> members = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "group_participant", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @BatchFetch(BatchFetchType.IN)
    private Set<Person> participants = new HashSet<>();

    protected NetworkGroup() {
    }

    public NetworkGroup(String name, Person administrator, LocalDate rotaStart) {
        this.name = name;
        this.administrator = administrator;
        this.rotaStart = rotaStart;
        this.createdAt = AppClock.now();
    }

    /** Adds an organisation; refused when it is a member already. */
    public GroupMember addMember(Organisation organisation, boolean core) {
        if (member(organisation.getId()).isPresent()) {
            throw new Conflict("organisation", "group.member.duplicate", organisation.getName());
        }
        GroupMember member = new GroupMember(this, organisation);
        members.add(member);
        if (core) {
            member.setCore(true, coreMembers().size());
        }
        return member;
    }

    public void removeMember(Long organisationId) {
        GroupMember member = member(organisationId).orElseThrow(() -> new Refusal("group.member.unknown"));
        members.remove(member);
        renumber();
    }

    /** Makes a member core (last in the rota order) or not core. */
    public void setCore(Long organisationId, boolean core) {
        GroupMember member = member(organisationId).orElseThrow(() -> new Refusal("group.member.unknown"));
        if (member.isCore() == core) {
            return;
        }
        if (!core && coreMembers().size() == 1) {
            throw new Refusal("rota.lastCore");
        }
        member.setCore(core, core ? coreMembers().size() : null);
        renumber();
    }

    /** Moves a core member one place earlier (-1) or later (+1) in the rota order. */
    public void move(Long organisationId, int delta) {
        List<GroupMember> core = new ArrayList<>(coreMembers());
        int from = -1;
        for (int i = 0; i < core.size(); i++) {
            if (core.get(i).getOrganisation().getId().equals(organisationId)) {
                from = i;
            }
        }
        if (from < 0) {
            throw new Refusal("group.member.notCore");
        }
        int to = from + Integer.signum(delta);
        if (to < 0 || to >= core.size()) {
            return;
        }
        core.add(to, core.remove(from));
        for (int i = 0; i < core.size(); i++) {
            core.get(i).setRotaPosition(i);
        }
    }

    private void renumber() {
        List<GroupMember> core = coreMembers();
        for (int i = 0; i < core.size(); i++) {
            core.get(i).setRotaPosition(i);
        }
    }

    public List<GroupMember> coreMembers() {
        return members.stream().filter(GroupMember::isCore)
                .sorted(Comparator.comparing(m -> m.getRotaPosition() == null ? Integer.MAX_VALUE : m.getRotaPosition()))
                .toList();
    }

    /** The core members' organisation ids in rota order. */
    public List<Long> coreOrder() {
        return coreMembers().stream().map(m -> m.getOrganisation().getId()).toList();
    }

    public Optional<GroupMember> member(Long organisationId) {
        return members.stream().filter(m -> m.getOrganisation().getId().equals(organisationId)).findFirst();
    }

    /** Adds a person; in a network group their organisation becomes a member too (not in an experience host). */
    public void addParticipant(Person person) {
        participants.add(person);
        if (kind == GroupKind.NETWORK && member(person.getOrganisation().getId()).isEmpty()) {
            addMember(person.getOrganisation(), false);
        }
    }

    public void removeParticipant(Person person) {
        participants.removeIf(p -> p.getId().equals(person.getId()));
    }

    public boolean isParticipant(Long personId) {
        return personId != null && participants.stream().anyMatch(p -> p.getId().equals(personId));
    }

    /** A member sees a members-only group: a participant, someone from a member organisation, or its administrator. */
    public boolean hasMember(Long personId, Long organisationId) {
        return isParticipant(personId)
                || (personId != null && personId.equals(administrator.getId()))
                || (kind == GroupKind.NETWORK && organisationId != null && member(organisationId).isPresent());
    }

    /** The turn dates of the rota in [from, to): meeting days, or the starts of months or quarters. */
    public List<LocalDate> turnDates(LocalDate from, LocalDate to) {
        LocalDate start = from.isBefore(rotaStart) ? rotaStart : from;
        if (!start.isBefore(to)) {
            return List.of();
        }
        if (rotationUnit == RotationUnit.MEETING) {
            return cadence.days(start, to);
        }
        List<LocalDate> starts = new ArrayList<>();
        LocalDate period = rotationUnit.periodStart(rotaStart);
        for (; period.isBefore(to); period = rotationUnit.periodEnd(period)) {
            if (!rotationUnit.periodEnd(period).isAfter(start)) {
                continue;
            }
            starts.add(period);
        }
        return starts;
    }

    /** The turn a meeting day belongs to. */
    public LocalDate turnOf(LocalDate meetingDay) {
        return rotationUnit.periodStart(meetingDay);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getTheme() {
        return theme;
    }

    /**
     * What the group is called, what it is for, its theme, and who sees it. An experience
     * group's host stays members-only: its sessions are the experience group's own.
     */
    public void describe(String name, String purpose, String theme, Visibility visibility) {
        if (kind == GroupKind.EXPERIENCE && visibility != Visibility.MEMBERS_ONLY) {
            throw Refusal.onField("visibility", "group.experience.membersOnly");
        }
        this.name = name == null ? null : name.strip();
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        this.theme = theme == null || theme.isBlank() ? null : theme.strip();
        this.visibility = visibility;
    }

    /** How often the group meets, and whether a coordinator's turn is a meeting or a month. */
    public void meet(Cadence cadence, RotationUnit rotationUnit) {
        this.cadence = cadence;
        this.rotationUnit = rotationUnit;
    }

    public GroupKind getKind() {
        return kind;
    }

    /** The members-only host of an experience group's sessions, administered by its facilitator. */
    public static NetworkGroup experienceHost(String name, Person facilitator, LocalDate start) {
        NetworkGroup group = new NetworkGroup(name, facilitator, start);
        group.kind = GroupKind.EXPERIENCE;
        group.visibility = Visibility.MEMBERS_ONLY;
        return group;
    }

    public boolean isNetwork() {
        return kind == GroupKind.NETWORK;
    }

    /** A new administrator (an experience group's new facilitator). */
    public void handOverTo(Person newAdministrator) {
        this.administrator = newAdministrator;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Person getAdministrator() {
        return administrator;
    }

    public RotationUnit getRotationUnit() {
        return rotationUnit;
    }

    public LocalDate getRotaStart() {
        return rotaStart;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<GroupMember> getMembers() {
        return List.copyOf(members);
    }

    public Set<Person> getParticipants() {
        return Set.copyOf(participants);
    }

    /** In the log: its name; its own history. */
    @Override
    public Optional<Subject> auditSubject(Lookup lookup) {
        return Optional.of(new Subject(getId(), getId(), null, getName()));
    }
}
