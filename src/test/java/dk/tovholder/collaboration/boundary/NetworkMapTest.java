package dk.tovholder.collaboration.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.tovholder.collaboration.entity.CollaborationKind;
import dk.tovholder.exchange.entity.PostCategory;
import org.junit.jupiter.api.Test;

class NetworkMapTest {

    @Test
    void anAnsweredPostIsTheKindOfCollaborationItsCategorySays() {
        assertEquals(CollaborationKind.ROOM_LENDING, NetworkMap.kindOf(PostCategory.ROOMS));
        assertEquals(CollaborationKind.SPONSORSHIP, NetworkMap.kindOf(PostCategory.GOODS));
        assertEquals(CollaborationKind.REFERRAL, NetworkMap.kindOf(PostCategory.JOBS));
        assertEquals(CollaborationKind.KNOWLEDGE_SHARING, NetworkMap.kindOf(PostCategory.COMPETENCE));
        assertEquals(CollaborationKind.RESOURCE_EXCHANGE, NetworkMap.kindOf(PostCategory.VOLUNTEERS));
    }
}
