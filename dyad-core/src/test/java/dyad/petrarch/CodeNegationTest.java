package dyad.petrarch;

import dyad.model.DataFileException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodeNegationTest {
    static final String PICO = """
            # PICO
            050:0x0080#DiplomaticCoop
            057:0x0087
            080:0x0200#Yield
            110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
            124:-0xFFFF+0x0200
            170:0x10086#0x0087+0xFFFF
            190:0x00A0
            ---:0
            """;

    @Test
    void aNegatedCodeIsTheCodeOfItsValueMinusNot() {
        CodeNegation n = CodeNegation.read("pico.txt", PICO);
        assertEquals("050", n.apply("110"), "did not clash (disapprove) = cooperate diplomatically");
        assertEquals("057", n.apply("170"));
        assertEquals("124", n.apply("080"), "did not yield = refuse to yield");
        assertEquals("080", n.apply("124"));
        assertNull(n.apply("190"), "no code for 'not fight'");
        assertNull(n.apply("999"));
        assertEquals(7, n.size());
    }

    @Test
    void badValuesNameTheirLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> CodeNegation.read("p.txt", "050:0x0080\n051:twelve\n"));
        assertEquals(2, e.line());
    }
}
