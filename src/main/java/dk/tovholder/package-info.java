/**
 * Tovholder: local collaboration forums for Danish social-housing areas.
 * Packages are business components (Boundary-Control-Entity inside each);
 * shared concerns are components with a name of their own, never "util".
 */
package dk.tovholder;
