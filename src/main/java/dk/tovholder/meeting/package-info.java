/**
 * Meetings of network groups and their agendas. A group's regular meetings
 * are created from its rhythm (one meeting per cadence day, identified by that
 * day, so a meeting moved by hand stays moved when the series is extended;
 * when the group's rhythm changes, the coming ones move to the new days);
 * the agenda is an ordered list of items with durations, whose start times
 * follow from the meeting's start. Who may edit: the group's administrator and
 * the organisation holding the coordinator duty for the meeting.
 * A meeting follows its life in phases (before: the agenda; from its start:
 * the minutes; approved: a locked record changed only as a correction, kept
 * as a new version); the meeting page shows the current phase's forms only.
 */
package dk.tovholder.meeting;
