package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.ActorMention;
import dyad.model.DependencyTree;
import dyad.model.Modality;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dyad.model.ActorCode;
import dyad.model.Span;
import dyad.ontology.Ontology;

/**
 * Stage 4: finds events in a parsed sentence. For each token where a pattern fires ({@link TriggerMatcher}), the
 * argument rules find the source ({@link SourceFinder}) and the target ({@link TargetFinder}); then negation, mode,
 * context and modality are read off the tree and the events are emitted ({@link EventCodes}), one per source-target
 * pair. Stateless; thread-safe.
 */
public final class EventCoder {
    /** The code of a source nobody named ("a roadside bomb killed ..."), as PETRARCH writes a missing actor. */
    public static final String UNKNOWN_ACTOR = "---";
    /** Sectors of a state's own actors, who speak for their country rather than to it. */
    public static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

    private final TriggerMatcher triggers;
    private final SourceFinder sources;
    private final TargetFinder targets;
    private final ActorResolver resolver;
    private final Ontology ontology;
    private final CodingRules rules;
    private final Conventions conventions;

    /**
     * @param ontology the CAMEO table, whose coding conventions say which events need a target, which are reciprocal
     *                 and who does an event nobody is named for
     */
    public EventCoder(PatternSet patterns, ActorResolver resolver, Ontology ontology, CodingRules rules, Conventions conventions) {
        this.triggers = new TriggerMatcher(patterns);
        this.sources = new SourceFinder(conventions);
        this.targets = new TargetFinder(resolver, conventions);
        this.resolver = resolver;
        this.ontology = ontology;
        this.rules = rules;
        this.conventions = conventions;
    }

    public PatternSet patterns() {
        return triggers.patterns();
    }

    /** What a pattern that fired did not become, and why: for {@code dyad explain} and developers. */
    @FunctionalInterface
    public interface Trace {
        Trace NONE = (trigger, pattern, why) -> { };

        void note(int trigger, Pattern pattern, String why);
    }

    /** Events of one sentence, in trigger order. The sentence must be parsed. */
    public List<EventMatch> code(SentenceActors sa, DocumentMemory memory) {
        return code(sa, memory, Trace.NONE);
    }

    /** As {@link #code(SentenceActors, DocumentMemory)}, telling {@code trace} about every fired pattern that gave no event. */
    public List<EventMatch> code(SentenceActors sa, DocumentMemory memory, Trace trace) {
        DependencyTree s = sa.tree();
        List<EventMatch> out = new ArrayList<>();
        if (!sa.sentence().parsed()) return out;
        TriggerMatcher.Fired[] fired = new TriggerMatcher.Fired[s.size()];
        for (Token t : sa.sentence().tokens()) fired[t.index()] = triggers.match(sa, t);
        for (Token t : sa.sentence().tokens()) {
            TriggerMatcher.Fired f = fired[t.index()];
            if (f == null) continue;
            if (t.rel().equals("xcomp") && t.head() >= 0 && fired[t.head()] != null && fired[t.head()].pattern().consumesXcomp()) {
                trace.note(t.index(), f.pattern(), "complement of '" + s.token(t.head()).word() + "', whose pattern codes it");
                continue; // "agree to cooperate": coded once, by "agree"
            }
            if (f.pattern().noun() && sources.lightVerb(s, t.index()) >= 0 && fired[t.head()] != null
                    && !fired[t.head()].pattern().noun() && sources.noun(sa, t.index()).subjects().isEmpty()) {
                trace.note(t.index(), f.pattern(), "object of the light verb '" + s.token(t.head()).word() + "', whose pattern codes it");
                continue; // "launched an offensive against": coded once, by the verb's pattern
            }
            if (f.pattern().noun() && t.head() >= 0 && fired[t.head()] != null && !fired[t.head()].pattern().noun()
                    && instrumentOf(s, t) && sameCategory(f.pattern(), fired[t.head()].pattern())) {
                // "Israeli air strikes killed ten", "killed in an air strike": one event, coded by the verb
                trace.note(t.index(), f.pattern(), "the doer or means of '" + s.token(t.head()).word() + "', whose pattern codes it");
                continue;
            }
            if (f.pattern().codesNothing() && f.pattern().pairedCode() == null) {
                trace.note(t.index(), f.pattern(), "the pattern codes nothing");
                continue;
            }
            boolean[] noted = {false};
            List<EventMatch> events = arguments(sa, t.index(), f, memory, (k, p, why) -> {
                noted[0] = true;
                trace.note(k, p, why);
            });
            if (events.isEmpty() && !noted[0]) trace.note(t.index(), f.pattern(), "the source and the target are one actor");
            out.addAll(events);
        }
        if (rules.equals(CodingRules.DYAD)) out = protestDemands(s, documentOnce(s, out, trace));
        return rules.absorbNested() ? NestedEvents.outermost(sa.sentence(), out) : out;
    }

    /**
     * One act told by a document verb and by a participle of the document ("signed a decree banning the party", "sent
     * a letter urging the UN", "filed a complaint accusing the police") is one event when both give the same PLOVER
     * category: the participle's, which names whom it is aimed at, unless only the verb's names a target.
     */
    private List<EventMatch> documentOnce(DependencyTree s, List<EventMatch> events, Trace trace) {
        Set<EventMatch> drop = new HashSet<>();
        for (EventMatch e : events) {
            Token t = s.token(e.trigger());
            if (!t.rel().equals("acl") || t.head() < 0) continue;
            Token doc = s.token(t.head());
            if (!doc.rel().equals("obj") || doc.head() < 0 || !conventions.has("document-nouns", doc.lemma().toLowerCase())) continue;
            for (EventMatch d : events) {
                if (d.trigger() != doc.head() || !sameCategory(d.code(), e.code())) continue;
                EventMatch lost = d.target() != null && e.target() == null ? e : d;
                EventMatch kept = lost == d ? e : d;
                if (drop.add(lost)) trace.note(lost.trigger(), lost.pattern(), "the same act as '" + s.token(kept.trigger()).word() + "', which codes it");
            }
        }
        if (drop.isEmpty()) return events;
        List<EventMatch> kept = new ArrayList<>();
        for (EventMatch e : events) if (!drop.contains(e)) kept.add(e);
        return kept;
    }

    /**
     * A protest with no target is against whom the demand made with it is addressed to: "farmers blocked roads,
     * demanding that the government halt imports", "began a hunger strike to demand that prison authorities ..." (rule
     * protest-demand). The demand's trigger must hang on the protest's trigger or on the verb the protest noun is the
     * object of, and the demand must come from the same actor.
     */
    private List<EventMatch> protestDemands(DependencyTree s, List<EventMatch> events) {
        List<EventMatch> out = new ArrayList<>();
        for (EventMatch e : events) {
            List<EventMatch> demands = new ArrayList<>();
            if (e.target() == null && "PROTEST".equals(category(e.code()))) {
                Token t = s.token(e.trigger());
                for (EventMatch r : events) {
                    Token rt = s.token(r.trigger());
                    boolean attached = rt.head() >= 0 && (rt.head() == e.trigger() || t.isNoun() && t.rel().equals("obj") && rt.head() == t.head());
                    if (r.target() != null && attached && "REQUEST".equals(category(r.code())) && r.source().code().equals(e.source().code())
                            && demands.stream().noneMatch(d -> d.target().code().equals(r.target().code()))) demands.add(r);
                }
            }
            if (demands.isEmpty()) {
                out.add(e);
                continue;
            }
            for (EventMatch r : demands) {
                List<String> notes = new ArrayList<>(e.notes());
                notes.add("rule protest-demand: the target of the demand '" + s.token(r.trigger()).word() + "'");
                out.add(new EventMatch(e.trigger(), e.pattern(), e.source(), r.target(), e.negated(), e.mode(), e.contexts(),
                        e.modality(), notes, e.code()));
            }
        }
        return out;
    }

    /** The PLOVER category of a CAMEO code, or null. */
    private String category(String code) {
        return ontology.find(code).map(dyad.model.CameoCode::ploverEvent).orElse(null);
    }

    /** Whether two CAMEO codes map to the same PLOVER category. */
    private boolean sameCategory(String a, String b) {
        String pa = category(a);
        return pa != null && pa.equals(category(b));
    }

    private List<EventMatch> arguments(SentenceActors sa, int trigger, TriggerMatcher.Fired f, DocumentMemory memory, Trace trace) {
        Pattern p = f.pattern();
        DependencyTree s = sa.tree();
        List<String> notes = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Constraint c : p.constraints()) {
            int k = c.negative() || !c.path().isEmpty() ? -1 : c.find(s, trigger);
            // a condition naming words ("obl.with=support") holds content, not a party; "nmod.on=*" is a slot for one
            String spec = c.rel() + (c.caseWord() == null ? "" : "." + c.caseWord());
            if (k >= 0 && !c.rel().equals("obj") && !c.lemmas().isEmpty() && !p.targets().contains(spec)) used.add(k);
        }
        SourceFinder.Args args = p.noun() ? sources.noun(sa, trigger) : sources.verb(s, trigger, notes);
        int light = p.noun() ? sources.lightVerb(s, trigger) : -1;
        if (p.noun() && args.subjects().isEmpty() && light >= 0) {
            notes.add("rule light-verb: source is the subject of '" + s.token(light).word() + "'");
            SourceFinder.Args viaVerb = sources.verb(s, light, notes);
            args = new SourceFinder.Args(viaVerb.subjects(), viaVerb.passiveTarget() == trigger ? -1 : viaVerb.passiveTarget());
        }
        int host = p.noun() && args.subjects().isEmpty() && light < 0 && rules.equals(CodingRules.DYAD) ? sources.adjunctHost(s, trigger) : -1;
        if (host >= 0) {
            notes.add("rule adjunct-noun: source is the subject of '" + s.token(host).word() + "'");
            args = new SourceFinder.Args(sources.verb(s, host, notes).subjects(), -1);
        }
        if (p.kind() == Pattern.Kind.ADJECTIVE && args.passiveTarget() >= 0
                && s.token(trigger).pos().equals("VBN")) {
            // "Turkey is opposed to mediation", "Iran was outraged at the move": a participle read as an adjective
            // states its subject's stance; the parser's passive subject is the source
            notes.add("rule stative-participle: the subject of '" + s.token(trigger).word() + "' holds the stance");
            args = new SourceFinder.Args(args.passiveTarget(), -1);
        }
        if (args.subjects().isEmpty() && args.passiveTarget() >= 0 && rules.passiveObliqueSource()) {
            // "was criticized over its dispute with Eriador": PETRARCH takes the source from the passive's phrases
            int k = ClauseActors.first(sa, trigger, true, Set.of());
            if (k >= 0) {
                notes.add("rule passive-oblique: source from the phrase '" + s.token(k).word() + "'");
                args = new SourceFinder.Args(k, args.passiveTarget());
            }
        }
        int reversedTarget = -1;
        if (Pattern.RECEIVER.equals(p.arguments().source())) {
            // "both received seven-year prison terms": the subject is done to; the convention names the doer
            int receiver = !args.subjects().isEmpty() ? args.subjects().get(0) : args.passiveTarget();
            if (receiver >= 0) {
                notes.add("rule receiver: the subject '" + s.token(receiver).word() + "' receives it");
                args = new SourceFinder.Args(-1, receiver);
                reversedTarget = receiver;
            }
        } else if (p.arguments().source() != null) { // "Armenia received vehicles from Russia": the source is in the phrase
            int from = pathEnd(s, trigger, p.arguments().source());
            if (from >= 0) {
                if (p.arguments().source().startsWith("nsubj>")) {
                    // "our thoughts go to the families": the owner of the subject does it; the target is the pattern's
                    notes.add("rule subject-owner: source from '" + p.arguments().source() + "'");
                } else {
                    notes.add("rule reversed-roles: source from '" + p.arguments().source() + "', the subject is the target");
                    reversedTarget = !args.subjects().isEmpty() ? args.subjects().get(0) : args.passiveTarget();
                }
                args = new SourceFinder.Args(from, -1);
            }
        }
        ActorPlaces places = ActorPlaces.of(sa, trigger, f.words(), args.subjects(), notes);
        int targetHead = reversedTarget >= 0 ? reversedTarget : places.target();
        boolean compoundSubject = places.compoundSubject();
        List<Actor> found = new ArrayList<>();
        for (int subject : places.sources()) {
            if (!p.noun() && conventions.has("weapon-words", s.token(subject).lemma()) && rules.equals(CodingRules.DYAD)) {
                // "Israeli strikes killed": the weapon's owner did it; "a Kabul car bombing killed": a place is no author
                SourceFinder.Args owner = sources.noun(sa, subject);
                if (owner.subjects().isEmpty()) continue;
                subject = owner.subjects().get(0);
                notes.add("rule weapon-owner: the source is whose '" + s.token(places.sources().get(0)).word() + "' it was");
            }
            List<Actor> members = rules.equals(CodingRules.DYAD) ? members(sa, subject, memory, notes) : List.of();
            for (Actor a : members.isEmpty() ? resolver.resolve(sa, subject, memory, Set.of()) : members) {
                if (found.stream().noneMatch(b -> b.span().equals(a.span()) && b.code().equals(a.code()))) found.add(a);
            }
        }
        if (found.isEmpty() && rules.equals(CodingRules.DYAD)) {
            Actor nobody = agentless(sa, trigger, p, places.sources(), args.passiveTarget(), notes, memory);
            if (nobody != null) found.add(nobody);
        }
        if (found.isEmpty()) {
            trace.note(trigger, p, places.sources().isEmpty() ? "no subject (or agent) in the parse"
                    : "the subject '" + s.token(places.sources().get(0)).word() + "' names no actor; notes: " + notes);
            return List.of();
        }
        Set<Integer> sourceTokens = new HashSet<>();
        for (Actor a : found) sourceTokens.addAll(tokensOf(sa, a)); // an inferred or unknown source has no words
        List<Actor> targetActors = List.of();
        if (targetHead >= 0) {
            targetActors = resolver.resolve(sa, targetHead, memory, sourceTokens);
        } else if (args.passiveTarget() >= 0) {
            targetActors = resolver.resolve(sa, args.passiveTarget(), memory, sourceTokens);
        }
        if (!targetActors.isEmpty() && args.passiveTarget() >= 0 && !p.targets().contains("none")) {
            // "90 civilians were wounded, as were 17 soldiers", "he was arrested, as was his brother": the elliptic
            // clause's subject (parsed as the head of an 'as' clause with a copula) is done the same to
            for (Token c : s.children(trigger)) {
                if (!c.rel().equals("advcl") || !s.hasMark(c.index(), "as")
                        || s.children(c.index()).stream().noneMatch(d -> d.rel().equals("cop"))) continue;
                List<Actor> more = resolver.resolve(sa, c.index(), memory, sourceTokens);
                if (more.isEmpty()) continue;
                targetActors = new ArrayList<>(targetActors);
                targetActors.addAll(more);
                notes.add("rule as-were: '" + c.word() + "' is done the same to");
            }
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
        if (targetActors.isEmpty() && !compoundSubject && rules.equals(CodingRules.DYAD) && !p.targets().contains("none")) {
            // "Spain recognised a Palestinian state, a move Israel condemned": the move's doer is the target
            List<Actor> doers = new ArrayList<>();
            for (int d : sources.moveDoers(s, trigger, notes)) doers.addAll(resolver.resolve(sa, d, memory, sourceTokens));
            targetActors = doers;
        }
        if (targetActors.isEmpty() && !compoundSubject && rules.equals(CodingRules.DYAD) && !p.codesNothing()
                && conventions.has("attacker-target-roots", p.code().substring(0, 2))) {
            // "the UN condemned the attack": an attack the story told before is the work of whoever it said did it
            Actor attacker = attackerOf(sa, trigger, memory, found);
            if (attacker != null) {
                targetActors = List.of(attacker);
                notes.add("rule attacker-target: '" + attacker.text() + "' is " + attacker.rule());
            }
        }
        if (found.size() == 1 && UNKNOWN_ACTOR.equals(found.get(0).code().code()) && targetActors.isEmpty() && !p.codesNothing()
                && (conventions.has("place-target-roots", p.code().substring(0, 2)) || conventions.has("place-target-roots", p.code()))) {
            // "suicide bombings took place in Tunisia", "an attack on oil infrastructure in Saudi Arabia": violence done
            // to a place targets its country (CAMEO's convention), also when nobody named did it
            Actor place = placeCountry(sa, trigger);
            if (place != null) {
                targetActors = List.of(place);
                notes.add("rule place-target: the country of the place '" + place.text() + "'");
            }
        }
        if (rules.equals(CodingRules.DYAD) && !targetActors.isEmpty()) {
            List<Actor> kept = withoutOwnSide(sa, trigger, p.code(), found, targetActors, notes);
            if (kept.isEmpty() && !compoundSubject && !p.targets().contains("none")) {
                // "Germany warned that Berlin could suspend aid to Niger": look past the capital for the target
                Set<Integer> exclude = new HashSet<>(sourceTokens);
                for (Actor b : targetActors) exclude.addAll(tokensOf(sa, b));
                kept = withoutOwnSide(sa, trigger, p.code(), found, targets.find(sa, trigger, light, p, memory, exclude, used, notes), notes);
            }
            targetActors = kept;
        }
        if (found.size() == 1 && found.get(0).span().start() == found.get(0).span().end() && targetActors.isEmpty()) {
            trace.note(trigger, p, "nobody named does it, and nobody it is done to is named either");
            return List.of();
        }
        boolean negated = !namesNegation(p) && (negated(s, trigger, rules.negationThroughXcomp())
                || (light >= 0 && negated(s, light, rules.negationThroughXcomp())));
        List<String> contexts = contexts(s, trigger, p);
        Modality modality = ModalityFinder.find(s, trigger, conventions);
        String code = p.code();
        if (rules.equals(CodingRules.DYAD) && !p.codesNothing() && rioters(s, places.sources())
                && (conventions.has("riot-codes", code) || conventions.has("riot-codes", code.substring(0, 2)))) {
            // "Protesters set fire to the parliament building", "students protesting against quotas stormed ...": violence
            // by a crowd of protesters is a violent protest (145), aimed at what it hit
            notes.add("rule riot: violence by protesters is a violent protest (145 for " + code + ")");
            code = "145";
        }
        if (rules.equals(CodingRules.DYAD) && !p.codesNothing()) {
            AnnouncedEvents.Recoded r = AnnouncedEvents.recode(s, trigger, code, negated, modality, ontology, conventions, notes);
            if (!code.equals(r.code()) && targetActors.isEmpty() && !compoundSubject && !p.targets().contains("none")) {
                targetActors = targets.ofCondition(sa, trigger, r.code(), memory, sourceTokens, notes);
            }
            code = r.code();
            negated = r.negated();
            modality = r.modality();
        }
        EventCodes codes = EventCodes.of(trigger, p, code, negated, mode(s, trigger, p), contexts, modality, notes, rules.negatedCode());
        List<EventMatch> out = new ArrayList<>();
        if (compoundSubject || (targetActors.isEmpty() && rules.reciprocalCompounds() && found.size() > 1 && reciprocal(p))) {
            if (!compoundSubject) notes.add("rule compound-subject: one event per ordered pair");
            for (Actor a : found) {
                for (Actor b : found) {
                    if (a != b) emit(codes, out, a, b);
                }
            }
            return out;
        }
        if (targetActors.isEmpty() && !(!rules.requireTarget() && targetOptional(p, code))) {
            trace.note(trigger, p, "no target found, and code " + p.code() + " needs one; notes: " + notes);
        }
        for (Actor a : found) {
            if (targetActors.isEmpty() && !rules.requireTarget() && targetOptional(p, code)) {
                emit(codes, out, a, null);
            }
            for (Actor b : targetActors) emit(codes, out, a, b);
        }
        return out;
    }

    /**
     * The targets without the capital of a state source's own country: "Pakistan's interior minister threatened to
     * impose a curfew in Islamabad", "Moscow would use ...": the capital is a place or the source itself, not whom it
     * is done to (rule own-capital); and, in a threat, without the source's own state as the subject of the threatened
     * clause (rule own-side).
     */
    private List<Actor> withoutOwnSide(SentenceActors sa, int trigger, String code, List<Actor> sources, List<Actor> targets, List<String> notes) {
        List<Actor> kept = new ArrayList<>();
        for (Actor b : targets) {
            boolean state = b.code().country() != null && sources.stream().anyMatch(a -> b.code().country().equals(a.code().country())
                    && !a.code().sectors().isEmpty() && STATE.contains(a.code().sectors().get(0)));
            boolean capital = state && b.entity() != null && b.entity().endsWith("_CAPITAL") && b.rule() != null
                    && b.rule().startsWith("dictionary") && placeOrSpeaker(sa, b);
            // "China warned that the People's Liberation Army could blockade Taiwan's ports": in a threat, the source's
            // own state doing the threatened act is the source's side (own-side-roots)
            boolean side = state && !capital && (b.code().sectors().isEmpty() || STATE.contains(b.code().sectors().get(0)))
                    && conventions.has("own-side-roots", code.substring(0, 2)) && clauseSubject(sa, trigger, b);
            if (capital) notes.add("rule own-capital: '" + b.text() + "' is the source's own capital, not a target");
            else if (side) notes.add("rule own-side: '" + b.text() + "' is the source's own side, not whom it threatens");
            else kept.add(b);
        }
        return kept.size() == targets.size() ? targets : kept;
    }

    /** Whether an actor's words head the subject of a clause under the trigger ("warned that *the army* would ..."). */
    private static boolean clauseSubject(SentenceActors sa, int trigger, Actor b) {
        Token t = headOf(sa, b);
        return t != null && t.rel().equals("nsubj") && t.head() != trigger && t.head() >= 0 && sa.tree().dominates(trigger, t.head());
    }

    /** Prepositions of a place: "a curfew *in* Islamabad", "a ceasefire *in* Khartoum". */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "across", "inside", "throughout", "around", "outside", "into");

    /**
     * Whether a capital's words are a place (in a phrase of place) or a clause's subject ("warned that Berlin could
     * suspend aid": the speaker's own side), rather than an object ("subpoenaed the White House").
     */
    private static boolean placeOrSpeaker(SentenceActors sa, Actor b) {
        Token t = headOf(sa, b);
        return t != null && (t.rel().startsWith("nsubj")
                || (t.baseRel().equals("obl") || t.baseRel().equals("nmod")) && PLACE_CASES.contains(sa.tree().caseOf(t.index())));
    }

    /** The first word of an actor's words whose head lies outside them, or null for an actor without words. */
    private static Token headOf(SentenceActors sa, Actor b) {
        Set<Integer> words = tokensOf(sa, b);
        for (Token t : sa.sentence().tokens()) {
            if (words.contains(t.index()) && !words.contains(t.head())) return t;
        }
        return null;
    }

    /** Whether a subject is a crowd of protesters: a {@code riot-agents} word, or a noun with such a participle ("students protesting"). */
    private boolean rioters(DependencyTree s, List<Integer> subjects) {
        for (int k : subjects) {
            if (conventions.has("riot-agents", s.token(k).lemma())) return true;
            for (Token c : s.children(k)) if (c.rel().startsWith("acl") && conventions.has("riot-agents", c.lemma())) return true;
        }
        return false;
    }

    /** The token indices an actor's words cover. */
    private static Set<Integer> tokensOf(SentenceActors sa, Actor a) {
        Set<Integer> out = new HashSet<>();
        for (Token t : sa.sentence().tokens()) {
            if (t.start() >= a.span().start() && t.end() <= a.span().end()) out.add(t.index());
        }
        return out;
    }

    /** A noun that is its verb's subject or means: "strikes killed", "killed in a strike", "wounded by shelling". */
    private static boolean instrumentOf(DependencyTree s, Token noun) {
        String rel = noun.rel();
        String c = s.caseOf(noun.index());
        return rel.equals("nsubj") || rel.startsWith("obl") && (c.equals("in") || c.equals("by") || c.equals("with") || c.equals("during"));
    }

    private boolean sameCategory(Pattern a, Pattern b) {
        return !a.codesNothing() && !b.codesNothing() && sameCategory(a.code(), b.code());
    }

    /** Whether the pattern's own conditions name a negation ("will not tolerate": advmod=not): it is the meaning, not a denial. */
    private boolean namesNegation(Pattern p) {
        for (Constraint c : p.constraints()) {
            if (!c.negative() && c.rel().equals("advmod") && c.lemmas().stream().anyMatch(w -> conventions.has("negators", w))) return true;
        }
        return false;
    }

    /**
     * Emits a to b unless, by PETRARCH's rules, actors of one code are one actor, or (Dyad's rule) a is a state's
     * actor and b its own country: "Johnson said Britain must leave" speaks of his country, not to another actor.
     */
    private void emit(EventCodes codes, List<EventMatch> out, Actor a, Actor b) {
        if (b != null && rules.sameCodeSameActor() && a.code().equals(b.code())) return;
        if (b != null && !rules.sameCodeSameActor() && b.code().countryOnly() && !a.code().sectors().isEmpty()
                && STATE.contains(a.code().sectors().get(0)) && b.code().country().equals(a.code().country())) return;
        codes.emit(out, a, b);
    }

    /**
     * Whether the event stands without a target: the pattern says so ({@code target=optional|required}), else the
     * ontology's {@code target} column ("the rebels agreed to a truce" stands; a meeting needs a counterpart).
     */
    private boolean targetOptional(Pattern p, String code) {
        if (p.arguments().target() != null) return p.arguments().target() == Pattern.Need.OPTIONAL;
        return !Pattern.NULL_CODE.equals(code) && !ontology.conventions(code).targetRequired();
    }

    /**
     * Events the parties of a compound subject do to each other ("Russia and Iran agreed", "France and Germany
     * signed", "rebels and troops clashed"): the ontology's {@code reciprocal} column; for the others ("X and Y
     * urged", "China, Iran and Russia pledged funds") each party acts alone.
     */
    private boolean reciprocal(Pattern p) {
        return !p.codesNothing() && ontology.conventions(p.code()).reciprocal();
    }

    /**
     * The source of an event whose clause names nobody who did it (rule {@code agentless}): the sector CAMEO's
     * convention gives the act ("was arrested": the police, COP; "was convicted": a court, JUD), whose country the
     * event's place completes later; or an unknown source ({@value #UNKNOWN_ACTOR}) for violence, when a weapon or a
     * violent verb says it was violence ("a roadside bomb killed", "killed in an air strike", "was stabbed"). The
     * pattern's {@code agentless=} wins over the ontology's column. Null when neither applies or a subject was
     * named but is no actor (a person Dyad does not know is not "nobody").
     */
    private Actor agentless(SentenceActors sa, int trigger, Pattern p, List<Integer> subjects, int passiveTarget, List<String> notes,
                            DocumentMemory memory) {
        String who = p.arguments().agentless() != null ? p.arguments().agentless() : ontology.conventions(p.code()).agentless();
        if (who == null || who.equals("no") || p.codesNothing()) return null;
        DependencyTree s = sa.tree();
        boolean weaponSubject = !subjects.isEmpty() && conventions.has("weapon-words", s.token(subjects.get(0)).lemma());
        if (!subjects.isEmpty() && !weaponSubject) return null;
        if (subjects.isEmpty() && passiveTarget < 0 && !p.noun()) return null;
        int at = s.token(trigger).start();
        Span none = new Span("", at, at);
        if (who.equals("unknown")) {
            boolean violence = weaponSubject || conventions.has("violent-verbs", s.token(trigger).lemma()) || weaponPhrase(s, trigger)
                    || p.noun() && conventions.has("violent-nouns", s.token(trigger).lemma()) && !definite(s, trigger)
                    || memory.sawViolence() && conventions.has("casualty-verbs", s.token(trigger).lemma());
            if (!violence) return null;
            notes.add("rule agentless: nobody named did it; source unknown (" + (weaponSubject ? "'" + s.token(subjects.get(0)).word() + "'" : "violence") + ")");
            return new Actor(new ActorCode(UNKNOWN_ACTOR, null, List.of()), "", null, none, "unknown source");
        }
        notes.add("rule agentless: nobody named did it; source inferred by convention: " + who);
        return new Actor(new ActorCode(who, null, List.of(who)), "", null, none, "inferred by convention (" + who + ")");
    }

    /**
     * The doer of a violent act named by the trigger's object ("condemned *the attack*", "denounced the bombing"), as the
     * story told it before: the source of its last violent event; null when the object names no violence, has an
     * owner of its own ("Israel's strikes"), or the story named no attacker.
     */
    private Actor attackerOf(SentenceActors sa, int trigger, DocumentMemory memory, List<Actor> sources) {
        DocumentMemory.Remembered r = memory.lastAttacker();
        if (r == null) return null;
        DependencyTree s = sa.tree();
        for (Token c : s.children(trigger)) {
            boolean object = c.rel().equals("obj") || c.baseRel().equals("obl") && Set.of("for", "against", "over").contains(s.caseOf(c.index()));
            if (!object || !conventions.has("violent-nouns", c.lemma().toLowerCase())) continue;
            boolean owned = s.children(c.index()).stream().anyMatch(d -> d.rel().equals("nmod:poss") || d.rel().equals("amod") && sa.at(d.index()) != null
                    || d.baseRel().equals("nmod") && "by".equals(s.caseOf(d.index())));
            if (owned) return null;
            if (sources.stream().anyMatch(a -> a.code().equals(r.code()))) return null;
            return new Actor(r.code(), c.word(), r.entity(), new Span(c.word(), c.start(), c.end()), "the doer of the violence the story told: '" + r.text() + "'");
        }
        return null;
    }

    /**
     * The country of a place named in an "in" phrase of the trigger, of the verb a noun trigger is the subject of ("took
     * place in Tunis"), or of the trigger's own phrase ("an attack on oil infrastructure in Saudi Arabia"), as a
     * country-only actor; null when none names a country or capital.
     */
    private static Actor placeCountry(SentenceActors sa, int trigger) {
        DependencyTree s = sa.tree();
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        Token t = s.token(trigger);
        if (t.isNoun() && t.rel().startsWith("nsubj") && t.head() >= 0) heads.add(t.head());
        for (Token c : s.children(trigger)) if (c.baseRel().equals("nmod") || c.baseRel().equals("obl")) heads.add(c.index());
        for (int h : heads) {
            for (Token c : s.children(h)) {
                if (!(c.baseRel().equals("obl") || c.baseRel().equals("nmod")) || !"in".equals(s.caseOf(c.index()))) continue;
                for (int k : List.of(c.index(), s.child(c.index(), "appos"))) {
                    ActorMention m = k < 0 ? null : sa.at(k);
                    if (m == null || m.code() == null || m.code().country() == null
                            || !(m.kind() == ActorMention.Kind.COUNTRY || m.kind() == ActorMention.Kind.ADJECTIVE)) continue;
                    String country = m.code().country();
                    return new Actor(new ActorCode(country, country, List.of()), m.span().text(), country, m.span(),
                            "the country of the place '" + m.span().text() + "' (CAMEO's convention for events done to a place)");
                }
            }
        }
        return null;
    }

    /**
     * Whether a noun names a known occurrence ("the attack", "this bombing", "Saturday's attack"): a definite event noun
     * is mostly one the story has coded where it told it; an indefinite one ("a bombing took place", "suicide
     * bombings") reports one.
     */
    private static boolean definite(DependencyTree s, int noun) {
        for (Token c : s.children(noun)) {
            if (c.rel().equals("nmod:poss")) return true;
            if (c.rel().equals("det") && Set.of("the", "this", "that", "these", "those").contains(c.word().toLowerCase())) return true;
        }
        return false;
    }

    /** Whether a phrase under the trigger names a weapon or an attack ("killed in an air strike", "wounded by shelling"). */
    private boolean weaponPhrase(DependencyTree s, int trigger) {
        for (Token c : s.children(trigger)) {
            if (!(c.baseRel().equals("obl") || c.baseRel().equals("nmod") || c.baseRel().equals("advcl"))) continue;
            if (conventions.has("weapon-words", c.lemma())) return true;
            // "were killed when a bomb exploded", "died as a missile hit the market": a clause whose subject is a weapon
            if (c.baseRel().equals("advcl") && s.children(c.index()).stream()
                    .anyMatch(d -> d.rel().equals("nsubj") && conventions.has("weapon-words", d.lemma()))) return true;
            // "injured during violent incidents": an adjective that says the phrase was violence (violent-modifiers)
            for (Token a : s.children(c.index())) {
                if (a.rel().equals("amod") && conventions.has("violent-modifiers", a.lemma())) return true;
            }
        }
        return false;
    }

    /**
     * The named members of a plural common-noun subject ("his critics, *which include Greenpeace*, blame him",
     * "Western governments, *including France*, condemned"): they are the ones who act, not the group's description.
     */
    private List<Actor> members(SentenceActors sa, int subject, DocumentMemory memory, List<String> notes) {
        DependencyTree s = sa.tree();
        if (!s.token(subject).pos().equals("NNS")) return List.of();
        List<Integer> named = new ArrayList<>();
        for (Token c : s.children(subject)) {
            if (c.rel().equals("acl:relcl") && c.lemma().equalsIgnoreCase("include")) {
                int o = s.child(c.index(), "obj");
                if (o >= 0) named.add(o);
            } else if (c.baseRel().equals("nmod") && "including".equals(s.caseOf(c.index()))) {
                named.add(c.index());
            }
        }
        for (int k : named) {
            List<Actor> found = resolver.resolve(sa, k, memory, Set.of());
            if (!found.isEmpty()) {
                notes.add("rule included-members: the source is who '" + s.token(subject).word() + "' include");
                return found;
            }
        }
        return List.of();
    }

    /** The word a relation path ("obl.from", "obj>nmod.of") leads to from the trigger, or -1. */
    private static int pathEnd(DependencyTree s, int trigger, String path) {
        int cur = trigger;
        for (String step : path.split(">")) {
            String rel = step.contains(".") ? step.substring(0, step.indexOf('.')) : step;
            String cw = step.contains(".") ? step.substring(step.indexOf('.') + 1) : null;
            int next = -1;
            for (Token c : s.children(cur)) {
                if (Constraint.relMatches(rel, c) && (cw == null || cw.equals(s.caseOf(c.index())))) {
                    next = c.index();
                    break;
                }
            }
            if (next < 0) return -1;
            cur = next;
        }
        return cur;
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
                // "No coalition troops were injured", "no one was arrested": the subject is nobody
                if (c.rel().startsWith("nsubj") && (c.word().equalsIgnoreCase("nobody") || c.word().equalsIgnoreCase("none")
                        || s.children(c.index()).stream().anyMatch(d -> d.rel().equals("det") && d.word().equalsIgnoreCase("no")))) return true;
            }
            Token t = s.token(cur);
            if (!t.rel().equals("xcomp")) break;
            cur = t.head();
            // "failed to reach an agreement", "refrained from attacking": the complement did not happen
            if (conventions.has("failure-verbs", s.token(cur).lemma())) return true;
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
