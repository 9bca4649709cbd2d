package dyad.events;

import java.util.Map;

/**
 * CAMEO's rule for announced cooperation: "Russia and the US will hold talks", "Germany said it would send weapons to
 * Ukraine", "Beijing is willing to work with Egypt" are not talks, deliveries or cooperation yet but statements of
 * intent (root 03). This table maps a cooperative code (roots 04 to 08) to its intent code. Conflict events stay as
 * they are (flagged future): an announced attack is a threat only when the sentence says so. Stateless.
 */
final class IntentCodes {
    /** Longest prefix first: "0871" -> "0356" before "08" -> "035". */
    private static final Map<String, String> BY_PREFIX = Map.ofEntries(
            Map.entry("04", "036"),
            Map.entry("05", "032"),
            Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"),
            Map.entry("06", "031"),
            Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"),
            Map.entry("07", "033"),
            Map.entry("081", "0351"), Map.entry("082", "0352"), Map.entry("084", "0353"), Map.entry("085", "0354"),
            Map.entry("086", "0355"), Map.entry("087", "0356"),
            Map.entry("08", "035"));

    private IntentCodes() {
    }

    /** The intent code for a future cooperative event, or null when the code has none (roots 01-03, 09-20). */
    static String of(String code) {
        for (int n = Math.min(3, code.length()); n >= 2; n--) {
            String intent = BY_PREFIX.get(code.substring(0, n));
            if (intent != null) return intent;
        }
        return null;
    }
}
