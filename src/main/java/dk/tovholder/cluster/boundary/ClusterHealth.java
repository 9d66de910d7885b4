package dk.tovholder.cluster.boundary;

import dk.tovholder.cluster.control.Grid;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The node's view of its cluster, at {@code /health/ready}: how many members
 * the data grid has and whether this node runs the scheduled jobs. Always up:
 * a node that has lost the others still serves its requests.
 */
@Readiness
@ApplicationScoped
public class ClusterHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return Grid.find().map(grid -> HealthCheckResponse.named("cluster").up().withData("clustered", true)
                .withData("members", grid.getCluster().getMembers().size())
                .withData("runsScheduledJobs", Grid.isOldest(grid)).build())
                .orElseGet(() -> HealthCheckResponse.named("cluster").up().withData("clustered", false)
                        .withData("members", 1).withData("runsScheduledJobs", true).build());
    }
}
