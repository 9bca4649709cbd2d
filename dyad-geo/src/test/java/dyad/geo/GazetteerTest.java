package dyad.geo;

import dyad.model.DataFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in gazetteer (built from the GeoNames npm packages by the build) and users' places files. */
class GazetteerTest {
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.builtIn();
    }

    private static Place find(String name, String country, Place.Kind kind) {
        return gazetteer.lookup(PlaceNames.key(name)).stream().map(Gazetteer.Candidate::place)
                .filter(p -> country.equals(p.country()) && p.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(name + " (" + country + ", " + kind + ") not found in " + gazetteer.lookup(PlaceNames.key(name))));
    }

    @Test
    void palmyraIsTadmurInSyriaByItsAlternateName() {
        Place byAlternate = find("Palmyra", "SYR", Place.Kind.CITY);
        Place byName = find("Tadmur", "SYR", Place.Kind.CITY);
        assertEquals(byName, byAlternate);
        assertEquals(163808, byName.geonamesId());
        assertEquals(34.56, byName.lat(), 0.05);
        assertEquals(38.28, byName.lon(), 0.05);
        assertEquals("P", byName.featureClass());
        assertTrue(byName.population() > 10_000);
        assertNotNull(byName.admin1(), "a town knows its first-level division");
    }

    @Test
    void countriesDivisionsAndRegionsAreKnown() {
        Place syria = find("Syria", "SYR", Place.Kind.COUNTRY);
        assertEquals(syria, gazetteer.country("SYR"));
        assertTrue(syria.geonamesId() > 0);
        assertEquals(find("U.S.", "USA", Place.Kind.COUNTRY), gazetteer.country("USA"));
        Place luzon = find("Central Luzon", "PHL", Place.Kind.ADMIN1);
        assertEquals(15.5, luzon.lat(), 1.5);
        find("California", "USA", Place.Kind.ADMIN1);
        find("Georgia", "USA", Place.Kind.ADMIN1);
        find("Georgia", "GEO", Place.Kind.COUNTRY);
        assertTrue(gazetteer.lookup("africa").stream().anyMatch(c -> c.place().kind() == Place.Kind.OTHER && c.place().country() == null));
        assertEquals("SYR", gazetteer.demonym("syrian"));
        assertTrue(gazetteer.startsLonger("new"), "'new' starts 'new york'");
    }

    @Test
    void capitalsOnlyCountryNamesAreMarked() {
        assertTrue(gazetteer.capitalsOnlyForms("us").contains("US"));
    }

    @Test
    void usersPlacesFilesAddPlaces(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("my-places.txt");
        Files.writeString(f, "# camps\nZaatari Camp; Zaatari | city | JOR | Mafraq | 32.29 | 36.32 | 80000\n");
        Gazetteer g = Gazetteer.load(List.of(f));
        Place p = g.lookup("zaatari").stream().map(Gazetteer.Candidate::place).filter(x -> x.name().equals("Zaatari Camp")).findFirst().orElseThrow();
        assertEquals("JOR", p.country());
        assertEquals(32.29, p.lat(), 1e-9);
        assertEquals(Place.Kind.CITY, p.kind());
    }

    @Test
    void badPlacesFilesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "# ok\nSomewhere | city | SYR | | 34.5 | 38.2\nNowhere | town | SYR | | 34.5 | 38.2\n");
        DataFileException e = assertThrows(DataFileException.class, () -> Gazetteer.load(List.of(f)));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("bad.txt:3") && e.getMessage().contains("kind 'town'"), e.getMessage());
        Files.writeString(f, "Somewhere | city | SYR | | 134.5 | 38.2\n");
        e = assertThrows(DataFileException.class, () -> Gazetteer.load(List.of(f)));
        assertTrue(e.getMessage().contains("bad.txt:1") && e.getMessage().contains("latitude"), e.getMessage());
        Files.writeString(f, "Somewhere | city | Syria | | 34.5 | 38.2\n");
        e = assertThrows(DataFileException.class, () -> Gazetteer.load(List.of(f)));
        assertTrue(e.getMessage().contains("ISO 3166-1 alpha-3"), e.getMessage());
        Files.writeString(f, "Somewhere | city | SYR | 34.5 | 38.2\n");
        e = assertThrows(DataFileException.class, () -> Gazetteer.load(List.of(f)));
        assertTrue(e.getMessage().contains("expected 6 to 8 fields"), e.getMessage());
    }
}
