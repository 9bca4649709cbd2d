package dyad.actors;

import dyad.model.ActorCode;
import dyad.model.ActorMention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One dictionary entry: a country, a named entity or an agent word, with the codes it has over time.
 *
 * @param id     entry id ("VLADIMIR_PUTIN", "IRN", "agent:troops")
 * @param kind   what kind of mention its names make
 * @param codes  dated codes (for agents: the sector, as a code without country; empty for inheriting agents)
 * @param names  the names as written in the file
 * @param source "file:line" where it was defined
 */
public record Entry(String id, ActorMention.Kind kind, List<DatedCode> codes, List<String> names, String source) {
    public Entry {
        codes = List.copyOf(codes);
        names = List.copyOf(names);
    }

    /** Whether this is an agent that takes its owner's code ("spokesman", "secretary"). */
    public boolean inherits() {
        return kind == ActorMention.Kind.AGENT && codes.isEmpty();
    }

    /**
     * The code on a date: the range that covers it, else an undated code, else the country of the nearest range
     * (a person outside the dates of every role they are listed with is coded by country only).
     * Null for inheriting agents.
     */
    public Resolution codeOn(LocalDate date) {
        if (codes.isEmpty()) return null;
        for (DatedCode c : codes) {
            if (!c.undated() && c.covers(date)) return new Resolution(c.code(), c, false);
        }
        for (DatedCode c : codes) {
            if (c.undated()) return new Resolution(c.code(), c, false);
        }
        // outside every range: the entry's role on that date is unknown, its country is not
        DatedCode nearest = codes.stream().min(Comparator.comparingLong(c -> c.distance(date))).orElseThrow();
        ActorCode code = nearest.code();
        if (code.country() != null) code = new ActorCode(code.country(), code.country(), List.of());
        return new Resolution(code, nearest, true);
    }

    /** The outcome of resolving an entry on a date; {@code nearest} when no range covered the date. */
    public record Resolution(ActorCode code, DatedCode range, boolean nearest) {
    }
}
