/**
 * Diagnostics for tests and the benchmark: how many SQL statements a request
 * costs. Off unless {@code tovholder.diagnostics=true}; never switch it on in
 * production.
 */
package dk.tovholder.diagnostics;
