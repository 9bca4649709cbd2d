package dyad.actors;

import dyad.model.ActorCode;
import dyad.model.ActorMention;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PETRARCH's coding of a noun phrase: the actors the phrase names, each with the codes of the agents it names
 * appended in order unless the actor's code holds them already ("Danish Islamist media" = DNK + MUS + MED,
 * "White House security officials" = USAGOV); prefix agents ({@code [NGO~]}) go in front ("MSF Arnor" = NGOARN).
 * The phrase's prepositional phrases count when the rest names no actor ("lawmakers in Arnor", "the government of
 * Gondor"; but "Gondor, five years after Calenardhon crowds ..." is Gondor).
 * A conjunct that names no actor shares the first conjunct's ("Danish media and government" = DNKMED, DNKGOV).
 * A phrase with agents only names no actor (PETRARCH's null actor).
 */
final class PetrarchPhrase {
    private static final Set<String> HEAD_STOP = Set.of("conj", "cc", "cc:preconj", "punct", "appos", "acl", "acl:relcl",
            "parataxis", "advcl", "ccomp", "dep");

    private PetrarchPhrase() {
    }

    /** A code the phrase names, and how: "'Danish' + 'Islamist' + 'media'". */
    record Coded(ActorCode code, String how) {
    }

    static List<Coded> codes(SentenceActors sa, int h, ActorDictionary dictionary) {
        AnnotatedSentence s = sa.sentence();
        BitSet all = phrase(s, h);
        BitSet main = (BitSet) all.clone();
        for (Token c : s.children(h)) {
            if ((c.baseRel().equals("nmod") || c.baseRel().equals("obl")) && !s.caseOf(c.index()).isEmpty() && all.get(c.index())) {
                main.andNot(subtree(s, c.index()));
            }
        }
        List<ActorMention> actors = mentions(sa, main, false);
        List<ActorMention> agents = mentions(sa, main, true);
        if (actors.isEmpty()) {
            // "lawmakers in Arnor", "the government of Gondor": the prepositional phrases name the actor
            actors = mentions(sa, all, false);
            agents = mentions(sa, all, true);
        } else if (agents.isEmpty()) {
            agents = mentions(sa, all, true); // "the Calenardhon Ministry of Silly Walks"
        }
        if (actors.isEmpty() && s.token(h).rel().equals("conj")) {
            // "Danish media and government": the conjunct shares the first conjunct's actors and modifying agents
            int first = h;
            while (s.token(first).rel().equals("conj") && s.token(first).head() >= 0) first = s.token(first).head();
            BitSet firstPhrase = phrase(s, first);
            actors = mentions(sa, firstPhrase, false);
            List<ActorMention> shared = new ArrayList<>();
            for (ActorMention m : mentions(sa, firstPhrase, true)) if (!m.covers(first)) shared.add(m);
            shared.addAll(agents);
            agents = shared;
        }
        List<Coded> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ActorMention a : actors) {
            String code = mix(a.code().code(), agents);
            StringBuilder how = new StringBuilder("PETRARCH phrase: '" + a.span().text() + "' (" + a.source() + ")");
            for (ActorMention g : agents) how.append(" + agent '").append(g.span().text()).append("'");
            if (seen.add(code)) out.add(new Coded(dictionary.code(code), how.toString()));
        }
        return out;
    }

    /** An actor code with the agents' codes: suffixes appended, prefixes ("NGO~") in front, none twice. */
    static String mix(String actor, List<ActorMention> agents) {
        StringBuilder prefix = new StringBuilder();
        StringBuilder code = new StringBuilder(actor);
        for (ActorMention g : agents) {
            if (g.code() == null) continue;
            String gc = g.code().code();
            if (gc.equals("PPL") && agents.size() > 1) continue;
            if (gc.endsWith("~")) {
                String p = gc.substring(0, gc.length() - 1);
                if (!holds(code.toString(), p) && !holds(prefix.toString(), p)) prefix.append(p);
            } else if (!holds(code.toString(), gc)) {
                code.append(gc);
            }
        }
        return prefix.append(code).toString();
    }

    /** Whether a code holds a part at a three-letter boundary ("USAGOV" holds GOV; "GMWGOV" does not hold WGO). */
    private static boolean holds(String code, String part) {
        for (int i = 0; i + part.length() <= code.length(); i += 3) {
            if (code.startsWith(part, i)) return true;
        }
        return false;
    }

    /** Mentions (agents or the others) wholly inside the token set, in order, each entity once. */
    private static List<ActorMention> mentions(SentenceActors sa, BitSet tokens, boolean agents) {
        List<ActorMention> out = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        for (ActorMention m : sa.mentions()) {
            if (m.code() == null || (m.kind() == ActorMention.Kind.AGENT) != agents) continue;
            boolean inside = true;
            for (int k = m.startToken(); k < m.endToken(); k++) inside &= tokens.get(k);
            if (inside && (agents || entities.add(m.entity()))) out.add(m);
        }
        return out;
    }

    /** The phrase at h: its words without conjuncts, clauses and appositions. */
    private static BitSet phrase(AnnotatedSentence s, int h) {
        BitSet b = new BitSet();
        b.set(h);
        for (Token c : s.children(h)) {
            if (HEAD_STOP.contains(c.rel())) continue;
            b.or(subtree(s, c.index()));
        }
        return b;
    }

    private static BitSet subtree(AnnotatedSentence s, int h) {
        BitSet b = new BitSet();
        b.set(h);
        for (Token c : s.children(h)) {
            if (c.rel().equals("punct")) continue;
            b.or(subtree(s, c.index()));
        }
        return b;
    }
}
