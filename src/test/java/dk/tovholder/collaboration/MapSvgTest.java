package dk.tovholder.collaboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.tovholder.collaboration.control.Actor;
import dk.tovholder.collaboration.control.MapSvg;
import dk.tovholder.collaboration.control.NetworkGraph;
import dk.tovholder.collaboration.control.Origin;
import dk.tovholder.collaboration.control.Tie;
import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.organisation.entity.OrganisationType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MapSvgTest {

    private static final NetworkGraph GRAPH = NetworkGraph.of(List.of(
            new Actor(1, "<script>alert(1)</script> & \"Co\"\u0007", OrganisationType.BUSINESS, Set.of(), false, false,
                    null),
            new Actor(2, "Bydelsmødre", OrganisationType.VOLUNTARY_ORGANISATION, Set.of(), false, false, null),
            new Actor(3, "Alene", OrganisationType.OTHER_ACTOR, Set.of(), true, false, null)),
            List.of(new Tie(1, 2, CollaborationKind.SPONSORSHIP, Origin.RECORDED, LocalDate.of(2025, 1, 1), null,
                    "=HYPERLINK(\"x\")", 7L),
                    new Tie(2, 1, CollaborationKind.REFERRAL, Origin.EXCHANGE_POST, LocalDate.of(2025, 3, 1),
                            LocalDate.of(2025, 9, 1), null, null)));

    @Test
    void everyNameIsEscapedAndTheSvgIsWellFormed() throws Exception {
        String svg = MapSvg.write(GRAPH, "Netværkskort", key -> key.substring(key.indexOf('.') + 1));
        assertFalse(svg.contains("<script>"), "no markup from a name");
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assertFalse(svg.contains("\u0007"), "no control character (not allowed in XML)");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
    }

    @Test
    void oneCurveALineBentApartForTheSamePairAndTheLonelyMarked() {
        String svg = MapSvg.write(GRAPH, "Netværkskort", key -> key);
        assertEquals(2, svg.split("<path ", -1).length - 1, "one line per collaboration");
        assertTrue(svg.contains("class=\"organisation isolated\""), "Alene has no partner");
        assertTrue(svg.contains("CollaborationKind.SPONSORSHIP") && svg.contains("map.legend.isolated"));
    }
}
