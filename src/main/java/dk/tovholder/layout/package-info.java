/**
 * The page frame shared by all pages: the language switch, faces messages for
 * refusals and validation, and error responses shown by the layout's error pages.
 */
package dk.tovholder.layout;
