/**
 * The value game (værdispil) of the handbook, played in a network group's
 * meeting: each member organisation marks which of the five values the
 * collaboration gives it and may add its own; the result is drawn as the
 * sunshine model and kept with the meeting's minutes once closed (the minutes
 * PDF gets it through the meeting component's {@code MinutesGathered} event).
 * The meeting's editors run the game and may answer for any member while
 * facilitating; people answer for their own organisation. Every answer raises
 * the game's version, so concurrent saves are refused rather than merged.
 * Whoever may see the group sees the result; a members-only group's stays in
 * the group, on organisation profiles too.
 */
package dk.tovholder.valuegame;
