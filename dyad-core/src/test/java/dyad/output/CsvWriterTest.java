package dyad.output;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {
    @Test
    void quotesOnlyWhatNeedsQuoting() {
        assertEquals("plain", CsvWriter.quote("plain"));
        assertEquals("\"a, b\"", CsvWriter.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
    }
}
