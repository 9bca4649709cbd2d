package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.AnnotatedSentence;
import dyad.model.Modality;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 4: finds events in a parsed sentence. For each token whose lemma triggers a pattern, the most specific
 * matching pattern gives the CAMEO code; the source comes from the subject (through control verbs, conjoined
 * verbs, purpose clauses, passives and a repair for reported speech misparsed as an object), the target from the
 * object or an oblique, and compound subjects without a target give one event per ordered pair.
 * Stateless; thread-safe.
 */
public final class EventCoder {
    /**
     * Relations that can hold a target, in the order they are tried. "on" is not among them: "praised X on Twitter",
     * "agreed on trade" name a medium or topic; patterns that mean "on" as a target say so ("impose sanctions on",
     * "crack down on", "attack on").
     */
    static final List<String> DEFAULT_TARGETS = List.of("obj", "iobj", "obl.with", "obl.to", "obl.against",
            "obl.at", "obl.for", "obl.from", "obl.toward", "obl.towards", "obl.into", "obl.over", "obl.upon",
            "obl.between", "obl.among", "nmod.with", "nmod.against", "nmod.to", "nmod.between", "nmod.for");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "call", "force", "persuade", "order", "tell",
            "allow", "encourage", "invite", "press", "compel", "pressure", "push", "request", "help", "warn", "advise",
            "want", "expect", "need", "require", "wish", "prefer", "like", "instruct", "direct", "command", "authorize",
            "authorise", "permit", "enable", "forbid", "prohibit", "challenge", "dare", "beg", "implore", "lead", "get");

    /** Verbs of saying and knowing whose misparsed object is often the subject of the reported clause. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "claim", "report", "announce", "believe", "think",
            "add", "state", "insist", "confirm", "deny", "know", "hope", "fear", "argue", "warn", "suggest", "allege",
            "write", "tweet", "note", "acknowledge", "admit", "assert", "declare", "indicate", "show", "reveal", "explain");

    /** Pronouns that name no person: resolved as the speaker when they are the subject of reported speech. */
    private static final Set<String> IMPERSONAL = Set.of("it", "they", "we");

    /**
     * Verbs that carry a nominal event without adding meaning: "carried out airstrikes", "staged a protest", "held
     * talks"; the noun trigger's source is then the verb's subject. Verbs of reacting ("condemned the attack",
     * "repelled an attack") are not among them.
     */
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "launch", "stage", "conduct", "mount", "wage",
            "hold", "make", "undertake", "begin", "start", "continue", "intensify", "step", "escalate", "perform",
            "commit", "unleash", "deliver", "issue", "impose", "sign", "pay", "give", "offer", "extend", "provide",
            "resume", "execute", "initiate", "organize", "organise", "lead", "announce", "orchestrate", "perpetrate",
            "order", "approve", "reach", "join", "call", "renew", "expand", "slap", "level", "lodge", "file", "send",
            "hand", "grant", "pledge", "enter", "open");

    private static final Set<String> RECIPROCAL_EVENTS = Set.of("AGREE", "CONSULT", "COOPERATE");

    private final PatternSet patterns;
    private final ActorResolver resolver;
    private final java.util.function.Function<String, String> ploverEvent;
    private final CodingRules rules;
    private final WordPatternMatcher wordMatcher = new WordPatternMatcher();

    /**
     * @param ploverEvent the PLOVER event of a CAMEO code (from the ontology), used to tell reciprocal events
     */
    public EventCoder(PatternSet patterns, ActorResolver resolver, java.util.function.Function<String, String> ploverEvent) {
        this(patterns, resolver, ploverEvent, CodingRules.DYAD);
    }

    public EventCoder(PatternSet patterns, ActorResolver resolver, java.util.function.Function<String, String> ploverEvent,
                      CodingRules rules) {
        this.patterns = patterns;
        this.resolver = resolver;
        this.ploverEvent = ploverEvent;
        this.rules = rules;
    }

    private String ontologyEvent(Pattern p) {
        return p.codesNothing() ? null : ploverEvent.apply(p.code());
    }

    /** A pattern that holds at a token, with what its words said about the actors (null when it names none). */
    private record Fired(Pattern pattern, WordPatternMatcher.Match words) {
    }

    public PatternSet patterns() {
        return patterns;
    }

    /** Events of one sentence, in trigger order. The sentence must be parsed. */
    public List<EventMatch> code(SentenceActors sa, DocumentMemory memory) {
        AnnotatedSentence s = sa.sentence();
        List<EventMatch> out = new ArrayList<>();
        if (!s.parsed()) return out;
        Fired[] fired = new Fired[s.size()];
        for (Token t : s.tokens()) {
            fired[t.index()] = match(sa, t);
        }
        for (Token t : s.tokens()) {
            Fired f = fired[t.index()];
            if (f == null) continue;
            if (t.rel().equals("xcomp") && t.head() >= 0 && fired[t.head()] != null && fired[t.head()].pattern().consumesXcomp()) {
                continue; // "agree to cooperate": coded once, by "agree"
            }
            if (f.pattern().noun() && lightVerb(s, t.index()) >= 0 && fired[t.head()] != null && !fired[t.head()].pattern().noun()
                    && nounArguments(s, t.index()).subjects().isEmpty()) {
                continue; // "launched an offensive against": coded once, by the verb's pattern
            }
            if (f.pattern().codesNothing() && f.pattern().pairedCode() == null) continue;
            out.addAll(arguments(sa, t.index(), f, memory));
        }
        return rules.absorbNested() ? NestedEvents.outermost(s, out) : out;
    }

    /**
     * The most specific pattern whose trigger and conditions hold at this token, or null. Patterns triggered by the
     * written form ("left") come before those triggered by the lemma ("leave") when equally specific.
     */
    private Fired match(SentenceActors sa, Token t) {
        AnnotatedSentence s = sa.sentence();
        String word = t.word().toLowerCase();
        String lemma = t.lemma().toLowerCase();
        List<Pattern> byForm = patterns.forForm(word);
        List<Pattern> candidates = patterns.forLemma(lemma);
        if (!byForm.isEmpty()) {
            List<Pattern> merged = new ArrayList<>(byForm);
            for (Pattern p : candidates) if (!byForm.contains(p)) merged.add(p);
            merged.sort(java.util.Comparator.comparingInt(Pattern::specificity).reversed());
            candidates = merged;
        }
        if (candidates.isEmpty()) return null;
        Fired best = null;
        int bestScore = -1;
        WordPatternMatcher.Domains domains = null;
        for (Pattern p : candidates) {
            if (p.specificity() <= bestScore) break; // no later pattern can be more specific
            if (p.noun() ? !t.isNoun() : !t.isVerb()) continue;
            if (!p.noun() && t.rel().equals("amod")) continue; // "Western-backed opposition" is not an event
            if (!p.forms().isEmpty() && !p.forms().contains(word) && !Inflections.verbForm(word, lemma)) continue;
            boolean ok = true;
            for (Constraint c : p.constraints()) {
                if (!c.satisfied(s, t.index())) {
                    ok = false;
                    break;
                }
            }
            if (!ok) continue;
            WordPatternMatcher.Match wm = null;
            int score = p.specificity();
            if (p.words() != null) {
                if (domains == null) domains = WordPatternMatcher.Domains.of(s, t.index());
                wm = wordMatcher.match(p.words(), sa, t.index(), domains);
                if (wm == null) continue;
                // a synonym set counts the member that matched ("austrian gold florin" over "florin")
                score = p.specificity() - p.words().words() + wm.words();
            }
            if (score > bestScore) {
                best = new Fired(p, wm);
                bestScore = score;
            }
        }
        return best;
    }

    private List<EventMatch> arguments(SentenceActors sa, int trigger, Fired f, DocumentMemory memory) {
        Pattern p = f.pattern();
        AnnotatedSentence s = sa.sentence();
        List<String> notes = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Constraint c : p.constraints()) {
            int k = c.negative() ? -1 : c.find(s, trigger);
            // a condition naming words ("obl.with=support") holds content, not a party; "nmod.on=*" is a slot for one
            if (k >= 0 && !c.rel().equals("obj") && !c.lemmas().isEmpty()) used.add(k);
        }
        Args args = p.noun() ? nounArguments(s, trigger) : verbArguments(s, trigger, notes);
        int light = p.noun() ? lightVerb(s, trigger) : -1;
        if (p.noun() && args.subjects().isEmpty() && light >= 0) {
            notes.add("light verb '" + s.token(light).word() + "': source is its subject");
            Args viaVerb = verbArguments(s, light, notes);
            args = new Args(viaVerb.subjects(), viaVerb.passiveTarget() == trigger ? -1 : viaVerb.passiveTarget());
        }
        if (args.subjects.isEmpty() && args.passiveTarget >= 0 && rules.passiveObliqueSource()) {
            // "was criticized over its dispute with Eriador": PETRARCH takes the source from the passive's phrases
            int k = ClauseActors.first(sa, trigger, true, Set.of());
            if (k >= 0) {
                notes.add("passive without 'by': source from the phrase '" + s.token(k).word() + "'");
                args = new Args(k, args.passiveTarget);
            }
        }
        ActorPlaces places = ActorPlaces.of(sa, trigger, f.words(), args.subjects, notes);
        int targetHead = places.target();
        boolean compoundSubject = places.compoundSubject();
        List<Actor> sources = new ArrayList<>();
        for (int subject : places.sources()) {
            for (Actor a : resolver.resolve(sa, subject, memory, Set.of())) {
                if (sources.stream().noneMatch(b -> b.span().equals(a.span()) && b.code().equals(a.code()))) sources.add(a);
            }
        }
        if (sources.isEmpty()) return List.of();
        Set<Integer> sourceTokens = new HashSet<>();
        for (Actor a : sources) {
            for (Token t : s.tokens()) {
                if (t.start() >= a.span().start() && t.end() <= a.span().end()) sourceTokens.add(t.index());
            }
        }
        List<Actor> targets = List.of();
        if (targetHead >= 0) {
            targets = resolver.resolve(sa, targetHead, memory, sourceTokens);
        } else if (args.passiveTarget >= 0) {
            targets = resolver.resolve(sa, args.passiveTarget, memory, sourceTokens);
        }
        if (targets.isEmpty() && targetHead < 0 && !compoundSubject && !p.targets().contains("none")) {
            Set<Integer> exclude = new HashSet<>(sourceTokens);
            exclude.addAll(places.skipped());
            if (rules.firstActorTarget()) {
                targets = ClauseActors.firstTarget(sa, trigger, resolver, memory, exclude, sources);
                if (!targets.isEmpty()) notes.add("target: the first actor after the verb");
            } else {
                targets = findTarget(sa, trigger, light, p, memory, exclude, used, notes);
            }
        }
        boolean negated = negated(s, trigger, rules.negationThroughXcomp()) || (light >= 0 && negated(s, light, rules.negationThroughXcomp()));
        List<String> contexts = contexts(s, trigger, p);
        Modality modality = ModalityFinder.find(s, trigger);
        EventCodes codes = EventCodes.of(trigger, p, negated, mode(s, trigger, p), contexts, modality, notes, rules.negatedCode());
        List<EventMatch> out = new ArrayList<>();
        if (compoundSubject || (targets.isEmpty() && rules.reciprocalCompounds() && sources.size() > 1 && reciprocal(p))) {
            if (!compoundSubject) notes.add("compound subject: one event per ordered pair");
            for (Actor a : sources) {
                for (Actor b : sources) {
                    if (a != b) codes.emit(out, a, b);
                }
            }
            return out;
        }
        for (Actor a : sources) {
            if (targets.isEmpty() && !rules.requireTarget() && targetOptional(p)) {
                codes.emit(out, a, null);
            }
            for (Actor b : targets) codes.emit(out, a, b);
        }
        return out;
    }

    /**
     * Events that stand without a target: protests, force posture, yielding (a resignation), public statements.
     * Other events need one, or they would mostly be noise ("fight alongside the army").
     */
    private static boolean targetOptional(Pattern p) {
        String root = p.code().substring(0, 2);
        return root.equals("01") || root.equals("14") || root.equals("15")
                || p.code().equals("0832") || p.code().equals("0871") || p.code().equals("0874")
                || p.code().equals("1723") || p.code().equals("1724"); // a curfew or state of emergency is imposed on no one named
    }

    /**
     * Events the parties of a compound subject do to each other ("Russia and Iran agreed", "France and Germany
     * signed", "rebels and troops clashed"); for the others ("X and Y urged") each party acts alone.
     */
    private boolean reciprocal(Pattern p) {
        String event = ontologyEvent(p);
        // pledges of aid and offers to yield are each party's own ("China, Iran and Russia pledged funds")
        if (p.code().startsWith("033") || p.code().startsWith("035")) return false;
        return (event != null && RECIPROCAL_EVENTS.contains(event)) || p.code().equals("057") || p.code().equals("193");
    }

    /** Subject heads (several when commas join them: "Putin, Rowhani agree") and, for passives, the target head. */
    private record Args(List<Integer> subjects, int passiveTarget) {
        Args(int subject, int passiveTarget) {
            this(subject < 0 ? List.of() : List.of(subject), passiveTarget);
        }
    }

    /** Subject of a verb trigger, inherited through xcomp, conj, purpose clauses and relative clauses. */
    private Args verbArguments(AnnotatedSentence s, int v, List<String> notes) {
        int cur = v;
        for (int hop = 0; hop < 5; hop++) {
            int subj = -1;
            List<Integer> more = new ArrayList<>();
            int pass = -1;
            int agent = -1;
            for (Token c : s.children(cur)) {
                if (c.rel().equals("nsubj")) {
                    if (subj < 0) subj = c.index();
                    else more.add(c.index());
                }
                if (c.rel().equals("nsubj:pass") && pass < 0) pass = c.index();
                if (c.rel().startsWith("obl") && "by".equals(s.caseOf(c.index()))) agent = c.index();
            }
            if (pass >= 0 && cur != v) {
                // "were reported by local media to have visited": the raised subject did it, not the reporter
                notes.add("subject of the passive '" + s.token(cur).word() + "' raised to '" + s.token(v).word() + "'");
                return new Args(pass, -1);
            }
            if (pass >= 0) {
                if (agent >= 0) {
                    notes.add("passive: source from the 'by' phrase");
                    return new Args(agent, pass);
                }
                return new Args(-1, pass);
            }
            if (subj >= 0) {
                Token st = s.token(subj);
                if ((st.pos().equals("WDT") || st.pos().equals("WP")) && s.token(cur).rel().equals("acl:relcl")) {
                    notes.add("relative clause: subject is the modified noun");
                    return new Args(s.token(cur).head(), -1);
                }
                if (st.pos().equals("PRP") && IMPERSONAL.contains(st.word().toLowerCase()) && s.token(cur).rel().equals("ccomp")
                        && s.token(cur).head() >= 0 && REPORTING.contains(s.token(s.token(cur).head()).lemma().toLowerCase())) {
                    // "Sudan's army said it repelled ...": the pronoun is the speaker
                    int speaker = childWith(s, s.token(cur).head(), "nsubj");
                    if (speaker >= 0) {
                        notes.add("'" + st.word() + "' = the speaker of '" + s.token(s.token(cur).head()).word() + "'");
                        return new Args(speaker, -1);
                    }
                }
                if (cur != v) notes.add("subject inherited from '" + s.token(cur).word() + "'");
                List<Integer> all = new ArrayList<>();
                all.add(subj);
                all.addAll(more);
                return new Args(all, -1);
            }
            Token t = s.token(cur);
            int gov = t.head();
            if (gov < 0) return new Args(-1, -1);
            String rel = t.rel();
            if (rel.equals("xcomp")) {
                int obj = childWith(s, gov, "obj");
                if (obj >= 0 && OBJECT_CONTROL.contains(s.token(gov).lemma().toLowerCase())) {
                    notes.add("object control: subject is the object of '" + s.token(gov).word() + "'");
                    return new Args(obj, -1);
                }
                cur = gov;
            } else if (rel.equals("conj") || (rel.equals("advcl") && hasMark(s, cur, "to"))) {
                cur = gov;
            } else if (rel.equals("acl") && cur > 0 && s.token(cur - 1).word().equals(",") && s.token(cur).pos().equals("VBG")) {
                // ", supporting ...": an adjunct of the clause, not of the noun it was attached to
                int verb = gov;
                while (verb >= 0 && !s.token(verb).isVerb()) verb = s.token(verb).head();
                if (verb < 0) return new Args(-1, -1);
                notes.add("participle adjunct: subject of '" + s.token(verb).word() + "'");
                cur = verb;
            } else if (rel.equals("acl")) {
                notes.add("participle: subject is the modified noun");
                return new Args(gov, -1);
            } else if (rel.equals("dep") || rel.equals("ccomp") || rel.equals("parataxis")) {
                int obj = childWith(s, gov, "obj");
                if (obj >= 0 && obj < cur && REPORTING.contains(s.token(gov).lemma().toLowerCase())) {
                    notes.add("repaired parse: object of '" + s.token(gov).word() + "' is the subject of '" + s.token(v).word() + "'");
                    return new Args(obj, -1);
                }
                if (s.token(cur).pos().equals("VBG") && cur > 0 && s.token(cur - 1).word().equals(",")) {
                    notes.add("participle adjunct: subject of '" + s.token(gov).word() + "'");
                    cur = gov;
                    continue;
                }
                return new Args(-1, -1);
            } else {
                return new Args(-1, -1);
            }
        }
        return new Args(-1, -1);
    }

    /** Source of a noun trigger: its possessor, or a country adjective or compound ("Iran's support", "Israeli strikes"). */
    private Args nounArguments(AnnotatedSentence s, int n) {
        for (Token c : s.children(n)) {
            if (c.rel().equals("nmod:poss") || c.rel().equals("amod") || c.rel().equals("compound")) return new Args(c.index(), -1);
        }
        for (Token c : s.children(n)) {
            if (c.rel().equals("nmod") && "by".equals(s.caseOf(c.index()))) return new Args(c.index(), -1);
        }
        return new Args(-1, -1);
    }

    private List<Actor> findTarget(SentenceActors sa, int trigger, int light, Pattern p, DocumentMemory memory,
                                   Set<Integer> exclude, Set<Integer> used, List<String> notes) {
        AnnotatedSentence s = sa.sentence();
        List<String> order = p.targets().isEmpty() ? DEFAULT_TARGETS : p.targets();
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        if (light >= 0) heads.add(light); // "carried out airstrikes against X": the oblique hangs on the verb
        for (Constraint c : p.constraints()) { // "agreed to cooperate with", "withdrew from the treaty with": look under them
            int k = c.negative() ? -1 : c.find(s, trigger);
            if (k >= 0 && (c.rel().equals("xcomp") || (!c.lemmas().isEmpty() && s.token(k).isNoun()))) heads.add(k);
        }
        for (Token c : s.children(trigger)) { // "held talks with", "recaptured the city from": under the object
            if (c.rel().equals("obj") && c.isNoun()) heads.add(c.index());
        }
        for (String spec : order) {
            String rel = spec.contains(".") ? spec.substring(0, spec.indexOf('.')) : spec;
            String cw = spec.contains(".") ? spec.substring(spec.indexOf('.') + 1) : null;
            for (int h : heads) {
                for (Token c : s.children(h)) {
                    if (used.contains(c.index()) || exclude.contains(c.index())) continue;
                    boolean relOk = rel.equals("obj") ? c.rel().equals("obj") : c.baseRel().equals(rel) && !c.rel().equals("obl:tmod");
                    if (!relOk) continue;
                    if (cw != null && !cw.equals(s.caseOf(c.index()))) continue;
                    if (cw == null && !rel.equals("obj") && !rel.equals("iobj") && !s.caseOf(c.index()).isEmpty()) continue;
                    List<Actor> found = resolver.resolve(sa, c.index(), memory, exclude);
                    if (!found.isEmpty()) return found;
                }
            }
        }
        if (!p.targets().contains("none")) {
            List<Actor> found = ComplementTargets.find(sa, trigger, p.code(), resolver, memory, exclude, notes);
            if (!found.isEmpty()) return found;
        }
        // last resort for misparsed objects ("back the Assad regime and other governments"): the first named actor
        // after the trigger inside the trigger's clause
        if (p.targets().isEmpty()) {
            for (int k = trigger + 1; k < Math.min(s.size(), trigger + 8); k++) {
                if (exclude.contains(k) || !argumentPath(s, trigger, k)) continue;
                var m = sa.at(k);
                if (m != null && m.code() != null && m.kind() != dyad.model.ActorMention.Kind.AGENT
                        && m.kind() != dyad.model.ActorMention.Kind.ADJECTIVE) {
                    int head = k;
                    while (s.token(head).head() >= 0 && m.covers(s.token(head).head())) head = s.token(head).head();
                    int np = s.token(head).rel().equals("compound") ? s.token(head).head() : head;
                    List<Actor> found = resolver.resolve(sa, np, memory, exclude);
                    if (!found.isEmpty()) {
                        notes.add("target found by position (no object in the parse)");
                        return found.subList(0, 1);
                    }
                }
            }
        }
        return List.of();
    }

    /** Relations a misparsed object may hang by; relative clauses, obliques and modifiers are not arguments. */
    private static final Set<String> ARGUMENT_PATH = Set.of("compound", "flat", "nsubj", "ccomp", "obj", "dep", "conj", "amod", "det");

    private static boolean argumentPath(AnnotatedSentence s, int trigger, int k) {
        int cur = k;
        for (int i = 0; i < s.size() && cur >= 0; i++) {
            if (cur == trigger) return true;
            if (!ARGUMENT_PATH.contains(s.token(cur).rel())) return false;
            cur = s.token(cur).head();
        }
        return false;
    }

    private static boolean dominates(AnnotatedSentence s, int ancestor, int k) {
        int cur = k;
        for (int i = 0; i < s.size() && cur >= 0; i++) {
            if (cur == ancestor) return true;
            cur = s.token(cur).head();
        }
        return false;
    }

    /**
     * Negated when the trigger (or, {@code throughXcomp}, the verb it completes) has not/never/n't, or a noun trigger
     * has "no".
     */
    static boolean negated(AnnotatedSentence s, int trigger, boolean throughXcomp) {
        int cur = trigger;
        for (int hop = 0; hop < (throughXcomp ? 3 : 1) && cur >= 0; hop++) {
            for (Token c : s.children(cur)) {
                String w = c.word().toLowerCase();
                if ((c.rel().equals("advmod") || c.rel().equals("neg") || c.rel().equals("det") || c.rel().equals("cc:preconj"))
                        && NEGATORS.contains(w)) return true;
                if (c.rel().equals("aux") && w.endsWith("n't")) return true;
            }
            Token t = s.token(cur);
            if (!t.rel().equals("xcomp")) break;
            cur = t.head();
        }
        return false;
    }

    private static String mode(AnnotatedSentence s, int trigger, Pattern p) {
        if (p.mode() == null) return null;
        if (p.modeCues().isEmpty()) return p.mode();
        for (int k = 0; k < s.size(); k++) {
            if (p.modeCues().contains(s.token(k).lemma().toLowerCase()) && dominates(s, trigger, k)) return p.mode();
        }
        return null;
    }

    /** The light verb whose object (or passive subject) the noun trigger is, or -1. */
    private static int lightVerb(AnnotatedSentence s, int noun) {
        Token t = s.token(noun);
        if (t.head() < 0 || !(t.rel().equals("obj") || t.rel().equals("nsubj:pass"))) return -1;
        Token v = s.token(t.head());
        return v.isVerb() && LIGHT_VERBS.contains(v.lemma().toLowerCase()) ? v.index() : -1;
    }

    /** The pattern's PLOVER contexts whose cue words (if any) are inside the trigger's clause. */
    private static List<String> contexts(AnnotatedSentence s, int trigger, Pattern p) {
        List<String> out = new ArrayList<>();
        for (var e : p.contexts().entrySet()) {
            if (e.getValue().isEmpty()) {
                out.add(e.getKey());
                continue;
            }
            for (int k = 0; k < s.size(); k++) {
                if (e.getValue().contains(s.token(k).lemma().toLowerCase()) && dominates(s, trigger, k)) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    private static int childWith(AnnotatedSentence s, int head, String rel) {
        for (Token c : s.children(head)) if (c.rel().equals(rel)) return c.index();
        return -1;
    }

    private static boolean hasMark(AnnotatedSentence s, int v, String word) {
        for (Token c : s.children(v)) if (c.rel().equals("mark") && c.word().equalsIgnoreCase(word)) return true;
        return false;
    }
}
