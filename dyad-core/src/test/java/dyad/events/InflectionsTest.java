package dyad.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InflectionsTest {
    @Test
    void regularAndIrregularVerbFormsButNotRegularEndingsGoneWrong() {
        for (String[] ok : new String[][] {{"departs", "depart"}, {"departed", "depart"}, {"departing", "depart"},
                {"agreed", "agree"}, {"seeing", "see"}, {"stopped", "stop"}, {"tries", "try"}, {"tried", "try"},
                {"dying", "die"}, {"goes", "go"}, {"left", "leave"}, {"broken", "break"}, {"said", "say"}, {"led", "lead"}}) {
            assertTrue(Inflections.verbForm(ok[0], ok[1]), ok[0] + " of " + ok[1]);
        }
        for (String[] bad : new String[][] {{"departes", "depart"}, {"walkes", "walk"}, {"attackeds", "attack"}}) {
            assertFalse(Inflections.verbForm(bad[0], bad[1]), bad[0] + " of " + bad[1]);
        }
    }

    @Test
    void plurals() {
        assertEquals("treaties", Inflections.plural("treaty"));
        assertEquals("days", Inflections.plural("day"));
        assertEquals("congresses", Inflections.plural("congress"));
        assertEquals("ties", Inflections.plural("tie"));
    }
}
