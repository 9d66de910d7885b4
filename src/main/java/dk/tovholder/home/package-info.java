/**
 * The start page: what the person logged in needs to do, gathered from the
 * other components' boundaries (each keeps its own permission rules: a
 * participant sees only their own groups' meetings, private groups stay
 * private, only room owners see requests). One use case ({@code Home}) reads
 * it in one transaction at a fixed number of SQL statements whatever the
 * data size: each section is one bounded query (a few rows, the first of
 * them shown, with a link to the page where the job is done), and nothing is
 * loaded row by row while the page renders. Reading the start page records no
 * visit to the resource exchange: its "new since your last visit" stays new
 * until the exchange's own list is opened.
 */
package dk.tovholder.home;
