package dyad.geo;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.EventDraft;
import dyad.model.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives a country to the generic actors of a located event: "gunmen abducted 40 villagers from a mosque in Nigeria's
 * Zamfara state" is NGAUAF -> NGACVL, as a coder reading the sentence codes it. Only actors with no country and
 * no named entity (an agent word alone: gunmen, villagers, police) take it, only from a place in the trigger's
 * clause, the sentence or the dateline (not from the story's most-mentioned country), and never international
 * actors (IGO, NGO, IMG, MNC). Stateless.
 */
public final class ActorCountries {
    private static final Set<String> BASES = Set.of("clause", "sentence", "dateline");
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "UNO", "INT");

    public void fill(List<EventDraft> events) {
        for (EventDraft e : events) fill(e);
    }

    private static void fill(EventDraft e) {
        Location l = e.location();
        if (l == null || l.country() == null || !BASES.contains(l.basis())) return;
        Actor source = withCountry(e.source(), l);
        Actor target = withCountry(e.target(), l);
        if (source == e.source() && target == e.target()) return;
        if (target != null && source.code().code().equals(target.code().code())) return; // would code an event within one actor
        List<String> notes = new ArrayList<>();
        if (source != e.source()) notes.add("source country " + l.country() + " from the event's place '" + l.name() + "'");
        if (target != e.target()) notes.add("target country " + l.country() + " from the event's place '" + l.name() + "'");
        e.actors(source, target, notes);
    }

    private static Actor withCountry(Actor a, Location l) {
        if (a == null) return null;
        ActorCode c = a.code();
        if (c.country() != null || c.sectors().isEmpty() || !c.code().equals(String.join("", c.sectors()))) return a;
        if (INTERNATIONAL.contains(c.sectors().get(0))) return a;
        ActorCode coded = new ActorCode(l.country() + c.code(), l.country(), c.sectors());
        return new Actor(coded, a.text(), a.entity(), a.span(), a.rule() + " + country " + l.country() + " from the event's place");
    }
}
