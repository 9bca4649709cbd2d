package dyad.geo;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.EventDraft;
import dyad.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives a country to the generic actors of an event: "gunmen abducted 40 villagers from a mosque in Nigeria's
 * Zamfara state" is NGAUAF -> NGACVL, as a coder reading the sentence codes it. Only actors with no country and
 * no named entity (an agent word alone: gunmen, villagers, police, or a source inferred by convention) take it:
 * from a place in the trigger's clause, the sentence or the dateline; failing that, from the country the story's
 * actors belong to ({@link dyad.actors.StoryCountry}: "the government" in a story about Poland is POLGOV); never for
 * international actors (IGO, NGO, IMG, MNC). Stateless.
 */
public final class ActorCountries {
    private static final Set<String> BASES = Set.of("clause", "sentence", "dateline");
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "UNO", "INT");
    /** Words that say an actor is not the story's own: "foreign forces", "international troops". */
    private static final Set<String> FOREIGN = Set.of("foreign", "international", "overseas", "multinational", "western",
            "outside", "external", "allied", "coalition");

    public void fill(List<EventDraft> events) {
        fill(events, null);
    }

    /** @param storyCountry the country of the story's actors, for actors whose event's place says nothing; or null */
    public void fill(List<EventDraft> events, String storyCountry) {
        for (EventDraft e : events) fill(e, storyCountry);
    }

    private static void fill(EventDraft e, String storyCountry) {
        Location l = e.location();
        boolean placed = l != null && l.country() != null && BASES.contains(l.basis());
        String country = placed ? l.country() : storyCountry;
        if (country == null) {
            inferredFromTarget(e);
            return;
        }
        String why = placed ? "the event's place '" + l.name() + "'" : "the story's actors";
        Actor source = placed || !foreign(e.source()) ? withCountry(e.source(), country, why) : e.source();
        Actor target = placed || !foreign(e.target()) ? withCountry(e.target(), country, why) : e.target();
        if (source == e.source() && target == e.target()) return;
        if (target != null && source.sameAs(target)) return; // would code an event within one actor
        List<String> notes = new ArrayList<>();
        if (source != e.source()) notes.add("source country " + country + " from " + why);
        if (target != e.target()) notes.add("target country " + country + " from " + why);
        e.actors(source, target, notes);
    }

    /**
     * With no place and no story country, a doer inferred by convention ("were arrested", "received prison terms")
     * is the target's country's police or courts: "two Egyptian activists were arrested" is EGYCOP -> EGYOPP.
     */
    private static void inferredFromTarget(EventDraft e) {
        Actor t = e.target();
        if (t == null || t.code().country() == null || e.source().rule() == null || !e.source().rule().startsWith("inferred by convention")) return;
        // only a target whose country its own words gave ("two Egyptian activists"): a named cardinal or a foreign
        // reporter may be tried anywhere
        if (t.rule() == null || !t.rule().startsWith("agent")) return;
        String why = "the target '" + t.text() + "' (its own country's, by convention)";
        Actor source = withCountry(e.source(), t.code().country(), why);
        if (source == e.source()) return;
        e.actors(source, t, List.of("source country " + t.code().country() + " from " + why));
    }

    private static boolean foreign(Actor a) {
        if (a == null) return false;
        for (String w : a.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) if (FOREIGN.contains(w)) return true;
        return false;
    }

    private static Actor withCountry(Actor a, String country, String why) {
        if (a == null) return null;
        ActorCode c = a.code();
        if (c.country() != null || c.sectors().isEmpty() || !c.code().equals(String.join("", c.sectors()))) return a;
        if (INTERNATIONAL.contains(c.sectors().get(0))) return a;
        ActorCode coded = new ActorCode(country + c.code(), country, c.sectors());
        return new Actor(coded, a.text(), a.entity(), a.span(), a.rule() + " + country " + country + " from " + why);
    }
}
