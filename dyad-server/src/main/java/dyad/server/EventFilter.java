package dyad.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which events a request is about: the filters of {@code GET /api/events}, {@code /api/aggregates} and
 * {@code /api/places}, validated, and turned into a parameterised SQL condition (values are never part of the SQL).
 * Actor codes match exactly, or as a prefix when they end in {@code *} ({@code RUS*} is every Russian actor).
 *
 * @param source   the source actor's code
 * @param target   the target actor's code
 * @param actor    the source's or the target's code
 * @param country  ISO3 country of the source or the target
 * @param dyad     two codes: events between them, in either direction
 * @param plover   PLOVER event types (any of)
 * @param cameo    CAMEO code
 * @param roots    CAMEO roots (any of)
 * @param quads    QuadClasses (any of)
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 * @param doc      document id
 * @param text     words in the sentence (case-insensitive)
 * @param negated  negated events only (true) or none (false)
 * @param located  events with a location (true) or without (false)
 * @param place    the name of the event's location (as {@code /api/places} gives it)
 */
record EventFilter(String source, String target, String actor, String country, List<String> dyad, List<String> plover,
                   String cameo, List<String> roots, List<String> quads, LocalDate from, LocalDate to, String doc,
                   String text, Boolean negated, Boolean located, String place) {
    /** The filter parameters, as the API names them. */
    static final Set<String> PARAMETERS = Set.of("source", "target", "actor", "country", "dyad", "plover", "cameo", "root",
            "quad", "from", "to", "doc", "q", "negated", "located", "place");

    static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,15}\\*?");
    private static final String CODE_FORM = "an actor code (letters and digits, up to 15; a trailing * for a prefix: RUS*)";
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern PLOVER = Pattern.compile("[A-Z_-]{2,40}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}\\*?");
    private static final Pattern ROOT = Pattern.compile("[0-9]{2}");
    private static final Pattern QUAD = Pattern.compile("[1-4]");

    /** Reads the filters from a request's parameters; {@code ploverEvents} are the valid PLOVER event types. */
    static EventFilter from(Params p, Set<String> ploverEvents) {
        List<String> dyad = p.list("dyad", CODE, true, "an actor code (two codes: dyad=RUS*,UKR*)");
        if (dyad != null && dyad.size() != 2) throw ApiException.badParameter("dyad", "give two actor codes, comma-separated (dyad=RUS*,UKR*)");
        List<String> plover = p.list("plover", PLOVER, true, "a PLOVER event type");
        if (plover != null) {
            for (String e : plover) {
                if (!ploverEvents.contains(e)) {
                    throw ApiException.badParameter("plover", "'" + e + "' is not a PLOVER event type; types: "
                            + String.join(", ", new java.util.TreeSet<>(ploverEvents)));
                }
            }
        }
        List<String> roots = p.list("root", ROOT, false, "a two-digit CAMEO root (01 to 20)");
        if (roots != null) {
            for (String r : roots) {
                int n = Integer.parseInt(r);
                if (n < 1 || n > 20) throw ApiException.badParameter("root", "'" + r + "' is not a CAMEO root (01 to 20)");
            }
        }
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) throw ApiException.badParameter("to", to + " is before from=" + from);
        String text = p.string("q");
        if (text != null && text.length() > 200) throw ApiException.badParameter("q", "longer than 200 characters");
        return new EventFilter(p.matching("source", CODE, true, CODE_FORM), p.matching("target", CODE, true, CODE_FORM),
                p.matching("actor", CODE, true, CODE_FORM), p.matching("country", ISO3, true, "an ISO 3166 alpha-3 code (IRN)"),
                dyad, plover, p.matching("cameo", CAMEO, false, "a CAMEO code (2 to 4 digits; a trailing * for a prefix: 19*)"),
                roots, p.list("quad", QUAD, false, "a QuadClass (1 to 4)"), from, to, p.string("doc"), text,
                p.bool("negated"), p.bool("located"), p.string("place"));
    }

    /** A SQL condition with {@code ?} placeholders and the values to bind, in order. */
    record Where(String sql, List<Object> args) {
    }

    /** The condition over the {@code events} table ({@code true} when nothing is filtered). */
    Where where() {
        List<String> terms = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (source != null) terms.add(code("source_code", source, args));
        if (target != null) terms.add(code("target_code", target, args));
        if (actor != null) terms.add("(" + code("source_code", actor, args) + " OR " + code("target_code", actor, args) + ")");
        if (country != null) {
            terms.add("(source_country = ? OR target_country = ?)");
            args.add(country);
            args.add(country);
        }
        if (dyad != null) {
            String a = dyad.get(0);
            String b = dyad.get(1);
            terms.add("((" + code("source_code", a, args) + " AND " + code("target_code", b, args) + ") OR ("
                    + code("source_code", b, args) + " AND " + code("target_code", a, args) + "))");
        }
        if (plover != null) terms.add(in("plover_event", plover, args));
        if (cameo != null) terms.add(code("cameo_code", cameo, args));
        if (roots != null) terms.add(in("cameo_root", roots, args));
        if (quads != null) terms.add(in("quad_class", quads.stream().map(q -> (Object) Integer.valueOf(q)).toList(), args));
        if (from != null) {
            terms.add("date >= ?");
            args.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            terms.add("date <= ?");
            args.add(java.sql.Date.valueOf(to));
        }
        if (doc != null) {
            terms.add("doc_id = ?");
            args.add(doc);
        }
        if (text != null) {
            // the words as they are (no wildcards), in any case; contains(lower()) costs less than ILIKE over a million
            terms.add("contains(lower(sentence), ?)");
            args.add(text.toLowerCase(java.util.Locale.ROOT));
        }
        if (negated != null) {
            terms.add("negated = ?");
            args.add(negated);
        }
        if (located != null) terms.add(located ? "location_lat IS NOT NULL" : "location_lat IS NULL");
        if (place != null) {
            terms.add("location_name = ?");
            args.add(place);
        }
        return new Where(terms.isEmpty() ? "true" : String.join(" AND ", terms), args);
    }

    /** Exact, or a prefix for a value ending in '*' (validated: letters and digits only, so LIKE sees no wildcard). */
    private static String code(String column, String value, List<Object> args) {
        if (value.endsWith("*")) {
            args.add(value.substring(0, value.length() - 1) + "%");
            return column + " LIKE ?";
        }
        args.add(value);
        return column + " = ?";
    }

    private static String in(String column, List<?> values, List<Object> args) {
        args.addAll(values);
        return column + " IN (" + "?, ".repeat(values.size() - 1) + "?)";
    }
}
