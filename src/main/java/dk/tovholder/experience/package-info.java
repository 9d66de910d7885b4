/**
 * Experience groups (erfaringsgrupper, seed 003): 3 to 6 staff around one
 * physical renovation and one social effort meet four times in a fixed
 * programme (good advice, contributions, structures, expectations) and end in
 * a joint project. The aggregate keeps the size rule and the step order; the
 * worksheets' entries are rows of their own so participants can add theirs at
 * the same time. The sessions are meetings of a members-only host group.
 * <p>
 * Time rules: a step is <em>completed</em> only from its session's start
 * (the meeting's current start; no session scheduled, or a cancelled one,
 * counts as not begun), and the programme closes only from the start of its
 * last session (step 4's). Earlier, the boundary refuses with
 * {@link dk.tovholder.experience.boundary.TooEarly} (409), saying from when
 * it is possible, unless the facilitator gives an override reason: the audit
 * log keeps it (on the session's meeting; on the host group when no session
 * is scheduled, and for closing). Sessions cannot be scheduled in the past,
 * so a group that met before it was in the system records its steps this way.
 * <p>
 * Entering worksheet content (advice, contributions, agreements, expectations)
 * before the session is allowed on purpose: participants prepare their advice
 * and contributions ahead of the meeting, and nothing is decided until the
 * facilitator completes the step, which is what the time rule guards. The
 * worksheet of a step opens when the step before it is completed, as before.
 */
package dk.tovholder.experience;
