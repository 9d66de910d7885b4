package dk.tovholder.collaboration.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.exchange.entity.PostCategory;
import org.junit.jupiter.api.Test;

class NetworkMapResourceTest {

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://x\")", NetworkMapResource.inert("=HYPERLINK(\"http://x\")"));
        assertEquals("'+45 38 20 00 00", NetworkMapResource.inert("+45 38 20 00 00"));
        assertEquals("'@SUM(A1)", NetworkMapResource.inert("@SUM(A1)"));
        assertEquals("Røde Kors", NetworkMapResource.inert("Røde Kors"));
        assertEquals("", NetworkMapResource.inert(""));
    }

    @Test
    void anAnsweredPostIsTheKindOfCollaborationItsCategorySays() {
        assertEquals(CollaborationKind.ROOM_LENDING, NetworkMap.kindOf(PostCategory.ROOMS));
        assertEquals(CollaborationKind.SPONSORSHIP, NetworkMap.kindOf(PostCategory.GOODS));
        assertEquals(CollaborationKind.REFERRAL, NetworkMap.kindOf(PostCategory.JOBS));
        assertEquals(CollaborationKind.KNOWLEDGE_SHARING, NetworkMap.kindOf(PostCategory.COMPETENCE));
        assertEquals(CollaborationKind.RESOURCE_EXCHANGE, NetworkMap.kindOf(PostCategory.VOLUNTEERS));
    }
}
