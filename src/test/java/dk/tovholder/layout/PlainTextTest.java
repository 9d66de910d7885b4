package dk.tovholder.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void textTabsLineBreaksAndWholeEmojiArePlain() {
        assertTrue(PlainText.isPlain("Søndermarken\tdagsorden\r\n2. punkt 🙂 – ok"));
        assertTrue(PlainText.isPlain(""));
    }

    @Test
    void controlCharactersAndHalfCharactersAreNot() {
        assertFalse(PlainText.isPlain("a\u0000b"), "NUL");
        assertFalse(PlainText.isPlain("a\u001bb"), "escape");
        assertFalse(PlainText.isPlain("a\u007fb"), "delete");
        assertFalse(PlainText.isPlain("a\ud800b"), "a high surrogate alone");
        assertFalse(PlainText.isPlain("a\udc00"), "a low surrogate alone");
        assertFalse(PlainText.isPlain("a\ud800"), "a high surrogate at the end");
    }
}
