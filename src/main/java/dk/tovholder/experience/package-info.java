/**
 * Experience groups (erfaringsgrupper, seed 003): 3 to 6 staff around one
 * physical renovation and one social effort meet four times in a fixed
 * programme (good advice, contributions, structures, expectations) and end in
 * a joint project. The aggregate keeps the size rule and the step order; the
 * worksheets' entries are rows of their own so participants can add theirs at
 * the same time. The sessions are meetings of a members-only host group.
 */
package dk.tovholder.experience;
