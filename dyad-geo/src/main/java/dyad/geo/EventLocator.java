package dyad.geo;

import dyad.model.Actor;
import dyad.model.AnnotatedSentence;
import dyad.model.EventDraft;
import dyad.model.Location;
import dyad.model.Span;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where each event happened, from the places a {@link PlaceResolver} found:
 * <ol>
 *   <li>the trigger's clause: a place in a locative phrase attached to the trigger ("clashes in Palmyra",
 *       "killed near Aleppo"), a town or division it acts on ("recaptured the city of Palmyra"), or "the city" /
 *       "the town" there, meaning the last town the story named;</li>
 *   <li>the sentence: a place in a locative phrase elsewhere in the sentence;</li>
 *   <li>the dateline's place;</li>
 *   <li>the story's country, when the event's source or target belongs to it.</li>
 * </ol>
 * Otherwise none: a place named as an actor ("Tehran said") or in passing is not where the event happened.
 */
public final class EventLocator {
    private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "from", "outside", "across", "throughout",
            "inside", "around", "within", "into", "nearby", "toward", "towards", "through", "along", "off", "to",
            "beyond", "onto", "amid");
    private static final Set<String> PATH_RELS = Set.of("nmod", "obl", "obj", "appos", "conj", "compound", "flat", "iobj",
            "nmod:poss", "advmod");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "region", "province",
            "district", "area", "state", "country", "territory", "enclave", "suburb", "port", "border", "outskirts",
            "neighbourhood", "neighborhood", "camp", "island", "governorate", "county", "municipality", "stronghold");
    private static final Set<String> ANAPHORIC = Set.of("city", "town", "village");
    /** Nouns of attacks whose "on" phrase is where they happened: "an air strike on Idlib", "the attack on Kabul". */
    private static final Set<String> ATTACK_NOUNS = Set.of("strike", "airstrike", "attack", "raid", "assault", "bombing",
            "shelling", "bombardment", "offensive", "incursion", "rocket", "missile", "drone");
    private static final Set<String> CLAUSE_RELS = Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj");

    /** Gives each event its location (and a note on how it was chosen), where the text says. */
    public void locate(List<EventDraft> events, List<AnnotatedSentence> sentences, GeoResult geo) {
        for (EventDraft e : events) locate(e, sentences, geo);
    }

    public void locate(EventDraft e, List<AnnotatedSentence> sentences, GeoResult geo) {
        if (e.sentenceIndex() < 0 || e.sentenceIndex() >= sentences.size()) return;
        AnnotatedSentence s = sentences.get(e.sentenceIndex());
        int trigger = tokenAt(s, e.trigger().start());
        List<Toponym> here = new ArrayList<>();
        for (Toponym t : geo.toponyms()) {
            if (t.mention().sentence() == s.index() && !isActor(t, e) && t.place().country() != null) here.add(t);
        }
        if (trigger >= 0 && s.parsed()) {
            for (Toponym t : here) {
                String how = clause(s, t, trigger);
                if (how != null) {
                    e.locate(location(t.place(), t.mention().span(), "clause"), "location: " + how);
                    return;
                }
            }
            Toponym back = anaphor(s, trigger, geo, sentences, e);
            if (back != null) {
                e.locate(location(back.place(), null, "clause"), "location: 'the " + anaphorNoun(s, trigger)
                        + "' in the trigger's clause = " + back.mention().span().text() + " (sentence " + (back.mention().sentence() + 1) + ")");
                return;
            }
        }
        Toponym best = null;
        for (Toponym t : here) {
            if (!LOCATIVE_CASES.contains(t.mention().marker()) || t.mention().marker().equals("to")) continue;
            if (best == null || Math.abs(t.mention().first() - trigger) < Math.abs(best.mention().first() - trigger)) best = t;
        }
        if (best != null) {
            e.locate(location(best.place(), best.mention().span(), "sentence"),
                    "location: '" + best.mention().marker() + " " + best.mention().span().text() + "' in the sentence");
            return;
        }
        if (geo.dateline() != null && geo.dateline().place().country() != null) {
            e.locate(location(geo.dateline().place(), null, "dateline"), "location: the dateline " + geo.dateline().mention().span().text());
            return;
        }
        String focus = geo.focusCountry();
        if (focus != null && (country(e.source()).equals(focus) || country(e.target()).equals(focus))) {
            Place c = null;
            for (Toponym t : geo.toponyms()) {
                if (t.place().kind() == Place.Kind.COUNTRY && focus.equals(t.place().country())) {
                    c = t.place();
                    break;
                }
            }
            if (c != null) e.locate(location(c, null, "story"), "location: the story's country " + focus + ", the actors'");
        }
    }

    private static Location location(Place p, Span text, String basis) {
        return new Location(p.name(), p.country(), p.kind() == Place.Kind.ADMIN1 ? p.name() : p.admin1(), round(p.lat()), round(p.lon()),
                p.geonamesId() > 0 ? p.geonamesId() : null, p.kind().label(), text, basis);
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** How the place attaches to the trigger's clause, or null when it does not. */
    private static String clause(AnnotatedSentence s, Toponym t, int trigger) {
        int h = head(s, t.mention());
        boolean locative = LOCATIVE_CASES.contains(s.caseOf(h)) || LOCATIVE_CASES.contains(t.mention().marker()) && !t.mention().marker().equals("of");
        if (s.caseOf(h).equals("on") && s.token(h).head() >= 0 && ATTACK_NOUNS.contains(s.token(s.token(h).head()).lemma().toLowerCase())) {
            locative = true; // "killed in an air strike on Idlib"
        }
        boolean placeNoun = false;
        int node = h;
        for (int steps = 0; steps < 5; steps++) {
            Token tok = s.token(node);
            if (tok.head() == trigger) {
                String rel = tok.rel();
                boolean acted = (rel.equals("obj") || placeNoun) && t.place().kind() != Place.Kind.COUNTRY;
                if (locative || acted) {
                    return "'" + phrase(s, t) + "' attached to '" + s.token(trigger).word() + "'";
                }
                return null;
            }
            if (tok.head() < 0 || !PATH_RELS.contains(tok.rel()) && !PATH_RELS.contains(tok.baseRel())) return null;
            if (CLAUSE_RELS.contains(tok.rel())) return null;
            node = tok.head();
            Token up = s.token(node);
            if (up.isVerb() && node != trigger) return null;
            if (PLACE_NOUNS.contains(up.lemma().toLowerCase())) {
                placeNoun = true;
                if (LOCATIVE_CASES.contains(s.caseOf(node))) locative = true;
            }
        }
        return null;
    }

    private static String phrase(AnnotatedSentence s, Toponym t) {
        String m = t.mention().marker();
        return (m.isEmpty() ? "" : m + " ") + t.mention().span().text();
    }

    /** "the city", "the ancient town" in a locative phrase of the trigger: the last town named before it. */
    private static Toponym anaphor(AnnotatedSentence s, int trigger, GeoResult geo, List<AnnotatedSentence> sentences, EventDraft e) {
        int n = anaphorIndex(s, trigger);
        if (n < 0) return null;
        int pos = s.token(n).start();
        Toponym last = null;
        Toponym lastActors = null;
        String source = country(e.source());
        String target = country(e.target());
        for (Toponym t : geo.toponyms()) {
            Mention m = t.mention();
            if (m.span().start() < 0 || m.span().start() >= pos || t.place().kind() != Place.Kind.CITY) continue;
            AnnotatedSentence ms = sentences.get(m.sentence());
            if (ms.parsed() && ms.token(head(ms, m)).rel().startsWith("nsubj")) continue; // "Tehran said": an actor, not a scene
            last = t;
            if (t.place().country().equals(source) || t.place().country().equals(target)) lastActors = t;
        }
        return lastActors != null ? lastActors : last;
    }

    private static String anaphorNoun(AnnotatedSentence s, int trigger) {
        int n = anaphorIndex(s, trigger);
        return n < 0 ? "" : s.token(n).word();
    }

    private static int anaphorIndex(AnnotatedSentence s, int trigger) {
        for (Token c : s.children(trigger)) {
            if (!ANAPHORIC.contains(c.lemma().toLowerCase()) || !c.pos().startsWith("NN") || c.pos().startsWith("NNP")) continue;
            if (!LOCATIVE_CASES.contains(s.caseOf(c.index()))) continue;
            boolean definite = false;
            for (Token d : s.children(c.index())) {
                if (d.rel().equals("det") && (d.lemma().equalsIgnoreCase("the") || d.lemma().equalsIgnoreCase("this") || d.lemma().equalsIgnoreCase("that"))) definite = true;
                if (d.rel().startsWith("nmod") || d.rel().startsWith("acl")) definite = false; // "the city of X", "the town where..."
            }
            if (definite) return c.index();
        }
        return -1;
    }

    /** The syntactic head of a multi-word name: its token whose head lies outside it. */
    private static int head(AnnotatedSentence s, Mention m) {
        for (int i = m.first(); i < m.end(); i++) {
            int h = s.token(i).head();
            if (h < m.first() || h >= m.end()) return i;
        }
        return m.end() - 1;
    }

    private static int tokenAt(AnnotatedSentence s, int offset) {
        for (Token t : s.tokens()) if (t.start() == offset) return t.index();
        for (Token t : s.tokens()) if (t.start() <= offset && offset < t.end()) return t.index();
        return -1;
    }

    private static boolean isActor(Toponym t, EventDraft e) {
        return overlaps(t.mention().span(), e.source()) || overlaps(t.mention().span(), e.target());
    }

    private static boolean overlaps(Span s, Actor a) {
        if (a == null || a.span() == null) return false;
        return s.start() < a.span().end() && a.span().start() < s.end();
    }

    private static String country(Actor a) {
        return a == null || a.code().country() == null ? "" : a.code().country();
    }
}
