package dk.tovholder.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two pre-boot command files of config/: a single node's and a cluster
 * node's differ only in where sessions are kept.
 */
class ConfigFilesTest {

    private static final String MEMORY_SESSIONS =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";

    private static List<String> commands(String file) throws IOException {
        return Files.readAllLines(Path.of("config", file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void aSingleNodeKeepsItsSessionsInMemoryAndAClusterNodeOtherwiseStartsTheSame() throws IOException {
        List<String> single = commands("pre-boot-commands.asadmin");
        List<String> cluster = commands("pre-boot-commands-cluster.asadmin");
        assertTrue(single.contains(MEMORY_SESSIONS), "one node: sessions in memory, not written to the grid");
        assertTrue(!cluster.contains(MEMORY_SESSIONS), "a cluster: sessions in the grid, so they go on on another node");
        List<String> rest = new ArrayList<>(single);
        rest.remove(MEMORY_SESSIONS);
        assertEquals(rest, cluster, "the same listener settings on every kind of node");
    }
}
