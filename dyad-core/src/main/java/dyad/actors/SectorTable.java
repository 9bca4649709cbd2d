package dyad.actors;

import dyad.model.ActorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits and checks actor codes: a country (ISO alpha-3) or international prefix, then three-letter sector codes.
 */
final class SectorTable {
    private final Map<String, String> sectors; // code -> name
    private final Set<String> countries;

    SectorTable(Map<String, String> sectors, Set<String> countries) {
        this.sectors = sectors;
        this.countries = countries;
    }

    /** Parses a code; returns null with a reason in {@code problem} when a part is unknown. */
    ActorCode parse(String code, StringBuilder problem) {
        if (code.length() < 3 || code.length() % 3 != 0 || !code.chars().allMatch(c -> (c >= 'A' && c <= 'Z'))) {
            problem.append("code '").append(code).append("' is not a run of three-letter upper-case parts");
            return null;
        }
        String first = code.substring(0, 3);
        String country = null;
        if (countries.contains(first)) {
            country = first;
        } else if (!sectors.containsKey(first)) {
            problem.append("code '").append(code).append("': '").append(first)
                    .append("' is neither a country in countries.txt nor a code in sectors.txt");
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = country == null ? 0 : 3; i < code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (!sectors.containsKey(part)) {
                problem.append("code '").append(code).append("': unknown sector '").append(part).append("' (not in sectors.txt)");
                return null;
            }
            parts.add(part);
        }
        return new ActorCode(code, country, parts);
    }

    boolean isSector(String code) {
        return sectors.containsKey(code);
    }

}
