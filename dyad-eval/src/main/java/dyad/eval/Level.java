package dyad.eval;

import java.util.Locale;

/** How closely a coded event's actors must agree with a gold event's to count as a match. */
public enum Level {
    /** Actors are not compared: the event type alone, in the same document. */
    EVENT("event type only, actors not compared"),
    /** Source and target agree on their country (ISO alpha-3), or on prefix and organisation for international actors. */
    COUNTRY("source and target agree on country (international actors: prefix + organisation, IGOUNO)"),
    /** The same as COUNTRY plus the first sector after it (RUSGOV = RUSGOVMIL, but not RUSMIL). */
    SECTOR("source and target agree on country and first sector (RUSGOV = RUSGOVMIL, not RUSMIL)"),
    /** Source and target codes are identical. */
    FULL("source and target codes identical");

    private final String description;

    Level(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The lower-case name used on the command line and in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
