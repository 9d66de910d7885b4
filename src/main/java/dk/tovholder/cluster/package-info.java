/**
 * Several Payara Micro nodes behind one address: the data grid they form
 * (Payara's Hazelcast), which node runs the scheduled jobs, and what each
 * node must not keep to itself (the shared cache, the sessions to end).
 * A node without the data grid ({@code --nocluster}) is a cluster of one.
 */
package dk.tovholder.cluster;
