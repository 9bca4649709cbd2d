package dyad.model;

/**
 * Where an event happened: a gazetteer place and how it was chosen.
 *
 * @param name       the place's name ("Tadmur", "Syria")
 * @param country    ISO 3166-1 alpha-3 code
 * @param admin1     the first-level division's name, or null
 * @param lat        latitude, degrees north
 * @param lon        longitude, degrees east
 * @param geonamesId the GeoNames id, or null when the place has none
 * @param precision  city, admin1, country or other
 * @param text       the words in the cleaned text that named it, or null (a dateline, the story's country)
 * @param basis      how it was chosen: "clause" (attached to the trigger's clause), "sentence", "dateline" or "story"
 */
public record Location(String name, String country, String admin1, double lat, double lon, Long geonamesId,
                       String precision, Span text, String basis) {
}
