/**
 * Network groups, their members and participants, and the coordinator duty
 * that rotates among the core members. The rota is never stored as a list of
 * holders: it is computed ({@code control.Rota}) from an append-only history
 * (order changes, skips with their reasons, swaps) over the turn dates of the
 * group's rhythms ({@code control.TurnCalendar}). A change takes effect from
 * the turn under way, so the turns that are over never change: order changes
 * are dated {@code RotaEvent}s, and a new meeting day or rotation unit keeps
 * the rhythm before it as a {@code RotaRhythm} for the turns before the change.
 * Swaps whose turns a change altered lapse by themselves, with a notice to both
 * sides. The component does not know meetings; it announces rhythm changes
 * ({@code RhythmChanged}) and the meeting component moves its series.
 */
package dk.tovholder.network;
