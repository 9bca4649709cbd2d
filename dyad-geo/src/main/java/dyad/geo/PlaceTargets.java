package dyad.geo;

import dyad.events.Conventions;
import dyad.events.EventCoder;
import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.EventDraft;
import dyad.model.Location;
import dyad.model.Span;

import java.util.List;

/**
 * CAMEO's convention for events done to a place: "Russian troops occupied the Crimean peninsula" targets Ukraine,
 * "jets bombed targets in Idlib" Syria, "Putin visited St Petersburg"... no: a visit to one's own country targets
 * nobody. An event whose code's root is in the {@code place-target-roots} list, that has no target, gets the country
 * of its place when the place is in the trigger's clause and that country is not the source's own, or the source is
 * not the state's (rebels seizing a town of their own country target it). Stateless.
 */
public final class PlaceTargets {
    private final Conventions conventions;

    public PlaceTargets(Conventions conventions) {
        this.conventions = conventions;
    }

    public void fill(List<EventDraft> events) {
        for (EventDraft e : events) fill(e);
    }

    private void fill(EventDraft e) {
        Location l = e.location();
        if (e.target() != null || l == null || l.country() == null || !"clause".equals(l.basis())) return;
        String code = e.cameo().code();
        if (!conventions.has("place-target-roots", code.substring(0, 2)) && !conventions.has("place-target-roots", code)) return;
        // one's own town is no target for a state; for rebels or a crowd a town of their own country is the state's
        // ("M23 rebels seized control of Goma": COD)
        ActorCode source = e.source().code();
        boolean state = source.sectors().isEmpty() || EventCoder.STATE.contains(source.sectors().get(0));
        if (l.country().equals(source.country()) && state) return;
        Span where = l.text() != null ? l.text() : e.trigger();
        Actor target = new Actor(new ActorCode(l.country(), l.country(), List.of()), where.text(), l.country(), where,
                "the country of the place '" + l.name() + "' (CAMEO's convention for events done to a place)");
        e.actors(e.source(), target, List.of("target: the country of the place '" + l.name() + "' in the trigger's clause"));
    }
}
