package dyad.geo;

import dyad.model.DataFileException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a places file (format in {@code docs/places.md}): one place a line,
 * {@code names | kind | country | admin1 | latitude | longitude | population | GeoNames id}, '#' comments.
 * Every problem is reported with file:line.
 */
public final class PlacesFile {
    private PlacesFile() {
    }

    /** A place with all its names (the first is the display name). */
    public record Entry(Place place, List<String> names) {
        public Entry {
            names = List.copyOf(names);
        }
    }

    public static List<Entry> parse(String file, String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (line.isBlank()) continue;
            out.add(parseLine(file, i + 1, line));
        }
        return out;
    }

    private static Entry parseLine(String file, int n, String line) {
        String[] f = line.split("\\|", -1);
        for (int i = 0; i < f.length; i++) f[i] = f[i].trim();
        if (f.length < 6 || f.length > 8) {
            throw new DataFileException(file, n, "expected 6 to 8 fields 'names | kind | country | admin1 | latitude | longitude"
                    + " [| population [| GeoNames id]]', found " + f.length);
        }
        List<String> names = Arrays.stream(f[0].split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) throw new DataFileException(file, n, "no name");
        for (String name : names) {
            if (PlaceNames.key(name).isEmpty()) throw new DataFileException(file, n, "name '" + name + "' has no Latin letters or digits");
        }
        Place.Kind kind = Place.Kind.of(f[1]);
        if (kind == null) throw new DataFileException(file, n, "kind '" + f[1] + "' is not one of city, admin1, country, other");
        String country = f[2].isEmpty() ? null : f[2];
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new DataFileException(file, n, "country '" + country + "' is not an ISO 3166-1 alpha-3 code (three capitals: SYR)");
        }
        if (country == null && kind != Place.Kind.OTHER) {
            throw new DataFileException(file, n, "a place of kind " + kind.label() + " needs its country (ISO3)");
        }
        double lat = number(file, n, f[4], "latitude", -90, 90);
        double lon = number(file, n, f[5], "longitude", -180, 180);
        long population = f.length > 6 && !f[6].isEmpty() ? (long) number(file, n, f[6], "population", 0, 1e10) : 0;
        long id = f.length > 7 && !f[7].isEmpty() ? (long) number(file, n, f[7], "GeoNames id", 1, 1e10) : 0;
        String admin1 = f[3].isEmpty() ? null : f[3];
        String code = switch (kind) {
            case CITY -> "PPL";
            case ADMIN1 -> "ADM1";
            case COUNTRY -> "PCLI";
            case OTHER -> "RGN";
        };
        return new Entry(new Place(id, names.get(0), country, "", admin1, lat, lon, population, code, kind), names);
    }

    private static double number(String file, int n, String s, String what, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new DataFileException(file, n, what + " '" + s + "' is not a number");
        }
        if (v < min || v > max || Double.isNaN(v)) throw new DataFileException(file, n, what + " " + s + " is out of range");
        return v;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
