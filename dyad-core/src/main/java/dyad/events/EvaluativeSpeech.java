package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.ActorMention;
import dyad.model.DependencyTree;
import dyad.model.Modality;
import dyad.model.Span;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Criticism without an accusing verb (rule {@code negative-evaluation}): what a speaker says of another actor in
 * words of the {@code negative-evaluation} list is an accusation (CAMEO 111) from the speaker to that actor.
 * "'President Trump treats the rule of law with utter contempt,' said California Attorney General Xavier Becerra";
 * "'The WH statement ... demonstrates a complete lack of understanding,' Menendez said"; "Kino Gabriel said the
 * statement was 'a stab in the back for the SDF'". The speaker is the subject of a verb of saying outside the
 * quotation, or the quotation's speaker ({@link QuoteSpeakers}); the target is the actor the reported words are about:
 * the subject of the clause that holds the evaluation, else the first actor the reported words name (never the
 * speaker). Nothing is coded when the sentence already has an event from the speaker, or names no other actor.
 * Stateless; thread-safe.
 */
final class EvaluativeSpeech {
    private final ActorResolver resolver;
    private final Conventions words;
    private final Pattern pattern;

    EvaluativeSpeech(ActorResolver resolver, Conventions words) {
        this.resolver = resolver;
        this.words = words;
        this.pattern = new Pattern("negative-evaluation", "111", words.words("negative-evaluation"), Pattern.Kind.NOUN,
                List.of(), List.of(), null, Set.of(), Conventions.RESOURCE + " [negative-evaluation]", Map.of(),
                Pattern.ArgumentOptions.DEFAULT);
    }

    /** Whether a lemma may be evaluative (so that its sentence is worth parsing). */
    boolean evaluative(String lemma) {
        return words.has("negative-evaluation", lemma);
    }

    List<EventMatch> find(SentenceActors sa, boolean[] quoted, DocumentMemory memory, List<EventMatch> coded) {
        DependencyTree s = sa.tree();
        if (!sa.sentence().parsed()) return List.of();
        // who speaks, and which words are theirs
        Actor speaker = null;
        boolean[] content = new boolean[s.size()];
        for (Token t : sa.sentence().tokens()) {
            if (quoted[t.index()] || !t.isVerb() || !words.has("reporting-verbs", t.lemma())) continue;
            int subj = s.child(t.index(), "nsubj");
            if (subj < 0 || quoted[subj]) continue;
            List<Actor> who = resolver.resolve(sa, subj, memory, Set.of());
            if (who.size() != 1) continue;
            speaker = who.get(0);
            for (Token c : s.children(t.index())) {
                if (c.rel().equals("ccomp") || c.rel().equals("parataxis") || c.rel().equals("dep") || c.rel().equals("xcomp")) mark(s, c.index(), content);
            }
            break;
        }
        if (speaker == null && memory.currentSpeaker() != null && mostlyQuoted(quoted)) {
            DocumentMemory.Remembered r = memory.currentSpeaker();
            int at = sa.sentence().start();
            speaker = new Actor(r.code(), "", r.entity(), new Span("", at, at), "the quotation's speaker '" + r.text() + "'");
        }
        if (speaker == null) return List.of();
        for (int k = 0; k < quoted.length; k++) if (quoted[k]) content[k] = true;
        int word = -1;
        for (Token t : sa.sentence().tokens()) {
            if (content[t.index()] && words.has("negative-evaluation", t.lemma()) && !negated(s, t.index())) {
                word = t.index();
                break;
            }
        }
        if (word < 0) return List.of();
        final Actor from = speaker;
        if (coded.stream().anyMatch(m -> m.source().code().equals(from.code()))) return List.of();
        Actor target = target(sa, word, content, memory, from);
        if (target == null) return List.of();
        List<String> notes = new ArrayList<>();
        notes.add("rule negative-evaluation: '" + s.token(word).word() + "' in what " + from.text() + " said of " + target.text());
        return List.of(new EventMatch(word, pattern, from, target, false, null, List.of(), Modality.ASSERTED, notes, "111"));
    }

    /**
     * The actor the evaluation is about: who authored the evaluated thing ("the biggest lie being told *by the
     * administration*", "*the WH* statement"), else the subject of the clause that holds the evaluation ("*Trump*
     * treats the rule of law with contempt"), else the author of that subject; never the speaker or the speaker's own
     * side (its code, or its country).
     */
    private Actor target(SentenceActors sa, int word, boolean[] content, DocumentMemory memory, Actor speaker) {
        DependencyTree s = sa.tree();
        Set<Integer> speakerTokens = new HashSet<>();
        for (Token t : sa.sentence().tokens()) {
            if (t.start() >= speaker.span().start() && t.end() <= speaker.span().end()) speakerTokens.add(t.index());
        }
        List<Integer> candidates = new ArrayList<>(authors(s, word));
        int clause = s.clauseVerb(word);
        for (int v = clause; v >= 0 && content[v]; v = s.token(v).head()) {
            int subj = s.child(v, "nsubj");
            if (subj < 0) subj = s.child(v, "nsubj:pass");
            if (subj >= 0) {
                candidates.add(subj);
                candidates.addAll(authors(s, subj));
            }
            if (!s.token(v).rel().equals("xcomp") && !s.token(v).rel().equals("conj") && !s.token(v).rel().equals("ccomp")) break;
        }
        for (int k : candidates) {
            String w = s.token(k).word().toLowerCase();
            if (!content[k] || speakerTokens.contains(k) || FIRST_PERSON.contains(w) || VAGUE.contains(w)) continue;
            for (Actor a : resolver.resolve(sa, k, memory, speakerTokens)) {
                if (!ownSide(a, speaker)) return a;
            }
        }
        return null;
    }

    /** Who made a thing: its possessor, a compound name, a by- or of-phrase, a participle's by-phrase. */
    private static List<Integer> authors(DependencyTree s, int noun) {
        List<Integer> out = new ArrayList<>();
        for (Token c : s.children(noun)) {
            if (c.rel().equals("nmod:poss") || c.rel().equals("compound") && c.pos().startsWith("NNP")) out.add(c.index());
            if (c.baseRel().equals("nmod") && ("by".equals(s.caseOf(c.index())) || "of".equals(s.caseOf(c.index())))) out.add(c.index());
            if (c.rel().startsWith("acl")) {
                for (Token g : s.children(c.index())) if (g.baseRel().equals("obl") && "by".equals(s.caseOf(g.index()))) out.add(g.index());
            }
        }
        return out;
    }

    private static boolean ownSide(Actor a, Actor speaker) {
        if (a.sameAs(speaker) || a.code().equals(speaker.code())) return true;
        if (a.entity() != null && a.entity().equals(speaker.entity())) return true;
        return a.code().countryOnly() && a.code().country().equals(speaker.code().country());
    }

    private static boolean mostlyQuoted(boolean[] quoted) {
        int n = 0;
        for (boolean q : quoted) if (q) n++;
        return quoted.length > 0 && n >= 0.7 * quoted.length;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "our", "my");
    /** Pronouns too vague to say whom a speaker evaluates. */
    private static final Set<String> VAGUE = Set.of("they", "them", "their", "it", "its", "you", "your");

    /** "She is not a liar", "it was no mistake": the evaluation is denied. */
    private boolean negated(DependencyTree s, int k) {
        for (int cur = k, hop = 0; hop < 2 && cur >= 0; hop++, cur = s.token(cur).head()) {
            for (Token c : s.children(cur)) {
                if ((c.rel().equals("advmod") || c.rel().equals("det") || c.rel().startsWith("aux")) && (words.has("negators", c.word()) || c.word().toLowerCase().endsWith("n't"))) return true;
            }
        }
        return false;
    }

    private static void mark(DependencyTree s, int h, boolean[] in) {
        in[h] = true;
        for (Token c : s.children(h)) mark(s, c.index(), in);
    }
}
