package dk.tovholder.experience.entity;

import java.util.Set;

/**
 * What the worksheets hold, as far as completing a step needs to know: the
 * number of selected pieces of advice, who has contributed, the number of
 * agreements (each with a responsible participant) and of expectations.
 */
public record Worksheets(int selectedAdvice, Set<Long> contributors, int agreements, int expectations) {

    public static final Worksheets EMPTY = new Worksheets(0, Set.of(), 0, 0);
}
