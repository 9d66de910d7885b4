package dk.tovholder.schema;

/**
 * EclipseLink's query results cache, for the named queries every page repeats
 * with the same parameters (the caller's account, a group's rota history):
 * {@code hints = {@QueryHint(name = RESULTS, value = "true"), @QueryHint(name
 * = RESULTS_SIZE, value = SIZE)}}. EclipseLink drops the cached results
 * whenever an entity of the query's class changes, so the next request sees
 * the change. (The hint works only on the named query itself, not on a query
 * made from it.)
 */
public final class QueryCache {

    public static final String RESULTS = "eclipselink.query-results-cache";
    public static final String RESULTS_SIZE = "eclipselink.query-results-cache.size";
    /** Results kept per query: one per group of a national deployment, and then some. */
    public static final String SIZE = "2000";

    private QueryCache() {
    }
}
