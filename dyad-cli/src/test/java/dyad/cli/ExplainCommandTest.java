package dyad.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dyad explain}: the events of a text with their evidence, and why a pattern that fired gave none. */
class ExplainCommandTest {
    @Test
    void showsEventsWithTheirRulesAndWhyOthersGaveNothing() throws Exception {
        DyadProcess.Run r = DyadProcess.run("explain", "--date", "2019-10-14",
                "Turkey said it would launch an offensive unless the Kurds withdrew. The army said it had repelled the attack.");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("event 138 TUR (Turkey) -> -  THREATEN"), r.out());
        assertTrue(r.out().contains("rule announced-threat"), r.out());
        assertTrue(r.out().contains("no event from 'repelled'") && r.out().contains("needs one"), r.out());
    }
}
