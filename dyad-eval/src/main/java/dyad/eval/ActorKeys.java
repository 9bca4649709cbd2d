package dyad.eval;

import dyad.actors.ActorDictionary;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * The part of an actor code compared at each {@link Level}. A code is a country (ISO alpha-3) or an international
 * prefix, then three-letter parts: at COUNTRY level "RUSGOV" and "RUSMIL" agree (RUS), and so do "IGOUNO" and
 * "IGOUNOREFHCR" (IGOUNO: for an international prefix the organisation after it is part of the "country"); at SECTOR
 * level one more part is compared (RUSGOV = RUSGOVMIL), at FULL level the whole code. A missing actor (no target)
 * agrees only with a missing actor.
 */
public final class ActorKeys {
    private final Predicate<String> isCountry;
    private final Predicate<String> isPrefix;

    /** Countries and prefixes from a dictionary's tables ({@code countries.txt}, {@code sectors*.txt}). */
    public ActorKeys(ActorDictionary dictionary) {
        this(dictionary::isCountry, dictionary::isSector);
    }

    /**
     * @param isCountry whether a three-letter part is a country
     * @param isPrefix  whether a three-letter part that is not a country is an international prefix or a sector
     *                  (a code such as IGOUNO or a bare OPP), so that the part after it is compared at COUNTRY level
     */
    public ActorKeys(Predicate<String> isCountry, Predicate<String> isPrefix) {
        this.isCountry = isCountry;
        this.isPrefix = isPrefix;
    }

    /** The part of {@code code} compared at {@code level}; null for a missing actor, "" at EVENT level. */
    public String key(String code, Level level) {
        if (code == null) return null;
        int primary = primaryLength(code);
        return switch (level) {
            case EVENT -> "";
            case COUNTRY -> code.substring(0, primary);
            case SECTOR -> code.substring(0, Math.min(code.length(), primary + 3));
            case FULL -> code;
        };
    }

    /** Whether a gold and a coded actor code agree at {@code level}. */
    public boolean agree(String gold, String coded, Level level) {
        return level == Level.EVENT || Objects.equals(key(gold, level), key(coded, level));
    }

    private int primaryLength(String code) {
        if (code.length() < 6) return Math.min(3, code.length());
        String first = code.substring(0, 3);
        return !isCountry.test(first) && isPrefix.test(first) ? 6 : 3;
    }
}
