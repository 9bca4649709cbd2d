package dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A request's query parameters, read with validation: each getter either returns a value of the right form or throws
 * {@link ApiException#badParameter} naming the parameter and what is wrong. An endpoint first
 * {@link #allowOnly checks} that it knows every parameter given, so a misspelt filter is an error, not ignored.
 */
final class Params {
    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Refuses parameters outside {@code known}, naming the first unknown one and listing the known ones. */
    Params allowOnly(Set<String> known) {
        for (String name : new TreeSet<>(values.keySet())) {
            if (!known.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter; this endpoint takes " + String.join(", ", new TreeSet<>(known)));
            }
        }
        return this;
    }

    /** The value, or null when absent; a parameter given twice or empty is refused. */
    String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw ApiException.badParameter(name, "given " + v.size() + " times; give it once");
        String s = v.get(0).trim();
        if (s.isEmpty()) throw ApiException.badParameter(name, "empty value");
        if (s.length() > 500) throw ApiException.badParameter(name, "longer than 500 characters");
        return s;
    }

    /** The value matching {@code form} (after upper-casing when {@code upper}), or null; {@code expected} says the form in words. */
    String matching(String name, Pattern form, boolean upper, String expected) {
        String s = string(name);
        if (s == null) return null;
        String v = upper ? s.toUpperCase(Locale.ROOT) : s;
        if (!form.matcher(v).matches()) throw ApiException.badParameter(name, "'" + s + "' is not " + expected);
        return v;
    }

    LocalDate date(String name) {
        String s = string(name);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "'" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    int integer(String name, int min, int max, int otherwise) {
        String s = string(name);
        if (s == null) return otherwise;
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "'" + s + "' is not a whole number");
        }
        if (v < min || v > max) throw ApiException.badParameter(name, v + " is out of range (" + min + " to " + max + ")");
        return v;
    }

    /** true or false; null when absent. */
    Boolean bool(String name) {
        String s = string(name);
        if (s == null) return null;
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badParameter(name, "'" + s + "' is not true or false");
        };
    }

    /** One of {@code choices} (case-insensitive, returned lower case), or {@code otherwise} when absent. */
    String oneOf(String name, List<String> choices, String otherwise) {
        String s = string(name);
        if (s == null) return otherwise;
        String v = s.toLowerCase(Locale.ROOT);
        if (!choices.contains(v)) throw ApiException.badParameter(name, "'" + s + "' is not one of " + String.join(", ", choices));
        return v;
    }

    /** A comma-separated list, each item matching {@code form} (upper-cased when {@code upper}); null when absent. */
    List<String> list(String name, Pattern form, boolean upper, String expected) {
        String s = string(name);
        if (s == null) return null;
        List<String> out = new ArrayList<>();
        for (String item : s.split(",", -1)) {
            String v = upper ? item.trim().toUpperCase(Locale.ROOT) : item.trim();
            if (!form.matcher(v).matches()) throw ApiException.badParameter(name, "'" + item.trim() + "' is not " + expected);
            out.add(v);
        }
        return out;
    }
}
