package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.DependencyTree;
import dyad.model.Modality;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Stage 4: finds events in a parsed sentence. For each token where a pattern fires ({@link TriggerMatcher}), the
 * argument rules find the source ({@link SourceFinder}) and the target ({@link TargetFinder}); then negation, mode,
 * context and modality are read off the tree and the events are emitted ({@link EventCodes}), one per source-target
 * pair. Stateless; thread-safe.
 */
public final class EventCoder {
    private static final Set<String> RECIPROCAL_EVENTS = Set.of("AGREE", "CONSULT", "COOPERATE");

    private final TriggerMatcher triggers;
    private final SourceFinder sources;
    private final TargetFinder targets;
    private final ActorResolver resolver;
    private final Function<String, String> ploverEvent;
    private final CodingRules rules;
    private final Conventions conventions;

    /**
     * @param ploverEvent the PLOVER event of a CAMEO code (from the ontology), used to tell reciprocal events
     */
    public EventCoder(PatternSet patterns, ActorResolver resolver, Function<String, String> ploverEvent) {
        this(patterns, resolver, ploverEvent, CodingRules.DYAD, Conventions.builtIn());
    }

    public EventCoder(PatternSet patterns, ActorResolver resolver, Function<String, String> ploverEvent, CodingRules rules) {
        this(patterns, resolver, ploverEvent, rules, Conventions.builtIn());
    }

    public EventCoder(PatternSet patterns, ActorResolver resolver, Function<String, String> ploverEvent,
                      CodingRules rules, Conventions conventions) {
        this.triggers = new TriggerMatcher(patterns);
        this.sources = new SourceFinder(conventions);
        this.targets = new TargetFinder(resolver, conventions);
        this.resolver = resolver;
        this.ploverEvent = ploverEvent;
        this.rules = rules;
        this.conventions = conventions;
    }

    public PatternSet patterns() {
        return triggers.patterns();
    }

    /** Events of one sentence, in trigger order. The sentence must be parsed. */
    public List<EventMatch> code(SentenceActors sa, DocumentMemory memory) {
        DependencyTree s = sa.tree();
        List<EventMatch> out = new ArrayList<>();
        if (!sa.sentence().parsed()) return out;
        TriggerMatcher.Fired[] fired = new TriggerMatcher.Fired[s.size()];
        for (Token t : sa.sentence().tokens()) fired[t.index()] = triggers.match(sa, t);
        for (Token t : sa.sentence().tokens()) {
            TriggerMatcher.Fired f = fired[t.index()];
            if (f == null) continue;
            if (t.rel().equals("xcomp") && t.head() >= 0 && fired[t.head()] != null && fired[t.head()].pattern().consumesXcomp()) {
                continue; // "agree to cooperate": coded once, by "agree"
            }
            if (f.pattern().noun() && sources.lightVerb(s, t.index()) >= 0 && fired[t.head()] != null
                    && !fired[t.head()].pattern().noun() && sources.noun(s, t.index()).subjects().isEmpty()) {
                continue; // "launched an offensive against": coded once, by the verb's pattern
            }
            if (f.pattern().codesNothing() && f.pattern().pairedCode() == null) continue;
            out.addAll(arguments(sa, t.index(), f, memory));
        }
        return rules.absorbNested() ? NestedEvents.outermost(sa.sentence(), out) : out;
    }

    private List<EventMatch> arguments(SentenceActors sa, int trigger, TriggerMatcher.Fired f, DocumentMemory memory) {
        Pattern p = f.pattern();
        DependencyTree s = sa.tree();
        List<String> notes = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Constraint c : p.constraints()) {
            int k = c.negative() || !c.path().isEmpty() ? -1 : c.find(s, trigger);
            // a condition naming words ("obl.with=support") holds content, not a party; "nmod.on=*" is a slot for one
            if (k >= 0 && !c.rel().equals("obj") && !c.lemmas().isEmpty()) used.add(k);
        }
        SourceFinder.Args args = p.noun() ? sources.noun(s, trigger) : sources.verb(s, trigger, notes);
        int light = p.noun() ? sources.lightVerb(s, trigger) : -1;
        if (p.noun() && args.subjects().isEmpty() && light >= 0) {
            notes.add("rule light-verb: source is the subject of '" + s.token(light).word() + "'");
            SourceFinder.Args viaVerb = sources.verb(s, light, notes);
            args = new SourceFinder.Args(viaVerb.subjects(), viaVerb.passiveTarget() == trigger ? -1 : viaVerb.passiveTarget());
        }
        if (args.subjects().isEmpty() && args.passiveTarget() >= 0 && rules.passiveObliqueSource()) {
            // "was criticized over its dispute with Eriador": PETRARCH takes the source from the passive's phrases
            int k = ClauseActors.first(sa, trigger, true, Set.of());
            if (k >= 0) {
                notes.add("rule passive-oblique: source from the phrase '" + s.token(k).word() + "'");
                args = new SourceFinder.Args(k, args.passiveTarget());
            }
        }
        ActorPlaces places = ActorPlaces.of(sa, trigger, f.words(), args.subjects(), notes);
        int targetHead = places.target();
        boolean compoundSubject = places.compoundSubject();
        List<Actor> found = new ArrayList<>();
        for (int subject : places.sources()) {
            for (Actor a : resolver.resolve(sa, subject, memory, Set.of())) {
                if (found.stream().noneMatch(b -> b.span().equals(a.span()) && b.code().equals(a.code()))) found.add(a);
            }
        }
        if (found.isEmpty()) return List.of();
        Set<Integer> sourceTokens = new HashSet<>();
        for (Actor a : found) {
            for (Token t : sa.sentence().tokens()) {
                if (t.start() >= a.span().start() && t.end() <= a.span().end()) sourceTokens.add(t.index());
            }
        }
        List<Actor> targetActors = List.of();
        if (targetHead >= 0) {
            targetActors = resolver.resolve(sa, targetHead, memory, sourceTokens);
        } else if (args.passiveTarget() >= 0) {
            targetActors = resolver.resolve(sa, args.passiveTarget(), memory, sourceTokens);
        }
        if (targetActors.isEmpty() && targetHead < 0 && !compoundSubject && !p.targets().contains("none")) {
            Set<Integer> exclude = new HashSet<>(sourceTokens);
            exclude.addAll(places.skipped());
            if (rules.firstActorTarget()) {
                targetActors = ClauseActors.firstTarget(sa, trigger, resolver, memory, exclude, found);
                if (!targetActors.isEmpty()) notes.add("rule first-actor: target is the first actor after the verb");
            } else {
                targetActors = targets.find(sa, trigger, light, p, memory, exclude, used, notes);
            }
        }
        boolean negated = negated(s, trigger, rules.negationThroughXcomp()) || (light >= 0 && negated(s, light, rules.negationThroughXcomp()));
        List<String> contexts = contexts(s, trigger, p);
        Modality modality = ModalityFinder.find(s, trigger, conventions);
        EventCodes codes = EventCodes.of(trigger, p, negated, mode(s, trigger, p), contexts, modality, notes, rules.negatedCode());
        List<EventMatch> out = new ArrayList<>();
        if (compoundSubject || (targetActors.isEmpty() && rules.reciprocalCompounds() && found.size() > 1 && reciprocal(p))) {
            if (!compoundSubject) notes.add("rule compound-subject: one event per ordered pair");
            for (Actor a : found) {
                for (Actor b : found) {
                    if (a != b) codes.emit(out, a, b);
                }
            }
            return out;
        }
        for (Actor a : found) {
            if (targetActors.isEmpty() && !rules.requireTarget() && targetOptional(p)) {
                codes.emit(out, a, null);
            }
            for (Actor b : targetActors) codes.emit(out, a, b);
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
        String event = p.codesNothing() ? null : ploverEvent.apply(p.code());
        // pledges of aid and offers to yield are each party's own ("China, Iran and Russia pledged funds")
        if (p.code().startsWith("033") || p.code().startsWith("035")) return false;
        return (event != null && RECIPROCAL_EVENTS.contains(event)) || p.code().equals("057") || p.code().equals("193");
    }

    /**
     * Negated when the trigger (or, {@code throughXcomp}, the verb it completes) has a word of the {@code negators}
     * list, or a noun trigger has "no".
     */
    private boolean negated(DependencyTree s, int trigger, boolean throughXcomp) {
        int cur = trigger;
        for (int hop = 0; hop < (throughXcomp ? 3 : 1) && cur >= 0; hop++) {
            for (Token c : s.children(cur)) {
                String w = c.word().toLowerCase();
                if ((c.rel().equals("advmod") || c.rel().equals("neg") || c.rel().equals("det") || c.rel().equals("cc:preconj"))
                        && conventions.has("negators", w)) return true;
                if (c.rel().equals("aux") && w.endsWith("n't")) return true;
            }
            Token t = s.token(cur);
            if (!t.rel().equals("xcomp")) break;
            cur = t.head();
        }
        return false;
    }

    private static String mode(DependencyTree s, int trigger, Pattern p) {
        if (p.mode() == null) return null;
        if (p.modeCues().isEmpty()) return p.mode();
        for (int k = 0; k < s.size(); k++) {
            if (p.modeCues().contains(s.token(k).lemma().toLowerCase()) && s.dominates(trigger, k)) return p.mode();
        }
        return null;
    }

    /** The pattern's PLOVER contexts whose cue words (if any) are inside the trigger's clause. */
    private static List<String> contexts(DependencyTree s, int trigger, Pattern p) {
        List<String> out = new ArrayList<>();
        for (var e : p.contexts().entrySet()) {
            if (e.getValue().isEmpty()) {
                out.add(e.getKey());
                continue;
            }
            for (int k = 0; k < s.size(); k++) {
                if (e.getValue().contains(s.token(k).lemma().toLowerCase()) && s.dominates(trigger, k)) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }
}
