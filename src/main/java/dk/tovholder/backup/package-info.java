/**
 * Online backups of the embedded H2 database: a consistent copy written while
 * the app keeps serving, every night on the node that runs scheduled jobs and
 * on an administrator's request ({@code POST /api/backups}), the newest few
 * kept. Restoring is done with the server stopped (docs/operations.md). On
 * PostgreSQL the database's own tools take its place.
 */
package dk.tovholder.backup;
