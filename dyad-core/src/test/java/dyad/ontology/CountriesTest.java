package dyad.ontology;

import dyad.actors.ActorDictionary;
import dyad.model.DataFileException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One country table, one loader: bad lines are file:line errors, never skipped in silence. */
class CountriesTest {
    @Test
    void badLinesAreFileLineErrors() {
        String text = """
                # a comment
                RUS | Russia; Russian Federation | Russian | Moscow
                IRN | Iran | Iranian
                usa | United States | American | Washington
                SYR | Syria | Syrian | Damascus   # trailing comment
                """;
        DataFileException first = assertThrows(DataFileException.class, () -> Countries.read("mine.txt", text, e -> {
            throw e;
        }));
        assertEquals("mine.txt:3: expected 4 fields separated by ' | ', found 3", first.getMessage());
        List<DataFileException> all = new ArrayList<>();
        List<Countries.Country> read = Countries.read("mine.txt", text, all::add);
        assertEquals(List.of(3, 4), all.stream().map(DataFileException::line).toList());
        assertEquals("country code 'usa' must be ISO 3166 alpha-3", all.get(1).reason());
        assertEquals(List.of("RUS", "SYR"), read.stream().map(Countries.Country::iso3).toList());
        assertEquals(List.of("Russia", "Russian Federation"), read.get(0).names());
        assertEquals("mine.txt:5", read.get(1).source());
    }

    @Test
    void theBuiltInTableNamesCountriesAndJavaNamesTheRest() {
        Countries c = Countries.builtIn();
        assertEquals("Myanmar", c.name("MMR"), "the table's first name, not Java's 'Myanmar (Burma)'");
        assertEquals(List.of("Iranian"), c.get("IRN").orElseThrow().adjectives());
        assertEquals("Aruba", c.name("ABW"), "a territory outside the table");
        assertNull(c.name("XXX"));
        assertEquals("Myanmar", c.names().get("MMR"));
        assertTrue(c.names().size() >= 249, "every ISO code has a name");
        ActorDictionary actors = ActorDictionary.builtIn();
        for (Countries.Country country : c.all()) assertTrue(actors.isCountry(country.iso3()), country.iso3());
    }
}
