package dyad.geo;

/**
 * One entry of the gazetteer: a populated place, a first-level division, a country or a larger region.
 *
 * @param geonamesId   the GeoNames id, 0 when the place has none (users' places, continents)
 * @param name         the place's usual name ("Tadmur", "California", "Syria")
 * @param country      ISO 3166-1 alpha-3 code, or null for places that span countries (continents, seas)
 * @param admin1Code   the GeoNames first-level division code within the country ("CA", "03"), or ""
 * @param admin1       the first-level division's name, or null
 * @param lat          latitude, degrees north
 * @param lon          longitude, degrees east
 * @param population   population (GeoNames; summed over a division's or country's places), 0 when unknown
 * @param featureCode  GeoNames feature code ("PPLC" capital, "PPLA" division seat, "PPL", "ADM1", "PCLI"),
 *                     "CONT" for continents, "RGN" for other regions
 * @param kind         city, first-level division, country or other
 */
public record Place(long geonamesId, String name, String country, String admin1Code, String admin1,
                    double lat, double lon, long population, String featureCode, Kind kind) {

    /** What sort of place, which is also how precise a location it gives. */
    public enum Kind {
        CITY("city"), ADMIN1("admin1"), COUNTRY("country"), OTHER("other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The {@code precision} value of event locations: city, admin1, country, other. */
        public String label() {
            return label;
        }

        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) return k;
            }
            return null;
        }
    }

    /** The GeoNames feature class: P for populated places, A for countries and divisions, L for regions. */
    public String featureClass() {
        return switch (kind) {
            case CITY -> "P";
            case ADMIN1, COUNTRY -> "A";
            case OTHER -> "L";
        };
    }

    /** Great-circle distance in kilometres. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    public double distanceKm(Place o) {
        return distanceKm(lat, lon, o.lat, o.lon);
    }

    @Override
    public String toString() {
        return name + (admin1 != null && kind == Kind.CITY ? ", " + admin1 : "") + (country != null && kind != Kind.COUNTRY ? ", " + country : "")
                + " (" + kind.label() + (geonamesId > 0 ? ", geonames " + geonamesId : "") + ")";
    }
}
