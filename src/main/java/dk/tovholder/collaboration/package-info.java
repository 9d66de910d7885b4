/**
 * The network map (netværkskort): one line per concrete collaboration between
 * two organisations. Lines are recorded by people ({@code Collaboration}, the
 * pair kept in id order, a pair and kind once) or derived when the map is
 * drawn from what the other components know: core members of the same open
 * network group (members-only groups stay private), confirmed bookings in
 * another organisation's room, answered exchange posts and experience groups'
 * joint projects. The component only reads the others. {@code NetworkGraph}
 * measures the network with JGraphT (partners, betweenness, core actors, those
 * standing apart) and lays it out with a fixed seed, so that the page
 * (Cytoscape.js from a WebJar, positions as given), the SVG and the PNG agree;
 * {@code Suggestions} holds the handbook's patterns of who can support whom as
 * plain rules. The lines are gathered at most once a minute per server.
 */
package dk.tovholder.collaboration;
