package dyad.actors;

import dyad.model.Actor;
import dyad.model.ActorCode;
import dyad.model.ActorMention;
import dyad.model.ActorMention.Kind;
import dyad.model.AnnotatedSentence;
import dyad.model.Span;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 3: turns the noun phrase at a token of a parsed sentence into coded actors. Dictionary names code
 * themselves; agent words ("troops", "president", "spokesman") combine with the country or entity the phrase
 * names through an adjective, a compound, a possessive or an "of"-phrase; conjunctions give one actor each;
 * appositions fill in what the head lacks; pronouns and bare agents ("the militants") are looked up in the
 * sentence and the {@link DocumentMemory}. Stateless apart from the memory it is given; thread-safe.
 */
public final class ActorResolver {
    /** Case markers of a place: a country in such a phrase is where, not who ("the unrest in Hong Kong"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "inside", "throughout");
    /** The sector of a country's people named by a plural demonym ("Iraqis"). */
    private static final String CIVILIANS = "CVL";
    private static final Set<String> OWNER_RELS = Set.of("amod", "compound", "nmod:poss", "flat", "nmod", "det:poss");
    private static final Set<String> PHRASE_STOP = Set.of("conj", "cc", "cc:preconj", "appos", "acl", "acl:relcl",
            "punct", "parataxis", "dep", "advcl", "ccomp");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    private static final Set<String> PERSONAL = Set.of("he", "him", "she", "her");
    /** The case words of examples: "allies such as Germany", "states including Iran", "groups like Hamas". */
    private static final Set<String> EXAMPLE_CASES = Set.of("such", "including", "like");
    /** Nouns that, definite and bare, refer back to the group the story named: "the group", "the organisation". */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organisation", "organization", "movement", "outfit", "network");
    /** Where a bare agent is says whose it is: "opposition groups in Kenya", "students across Algeria". */
    private static final Set<String> LOCATED = Set.of("in", "from", "across", "throughout");
    /** First-person pronouns: inside a quotation, the speaker. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "we", "us");
    /** Third-person plural pronouns: the last group, organisation or country named. */
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "its", "their");
    /** Participles that name a thing's holder in their 'by' (or 'to') phrase: "positions held by the Arakan Army". */
    private static final Set<String> HOLDING = Set.of("hold", "control", "own", "run", "operate", "belong", "occupy", "man");
    private static final Set<String> QUANTITY = Set.of("ten", "tens", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
            "score", "scores", "million", "millions", "number", "group", "team", "band", "crowd", "handful", "contingent", "unit");

    private final ActorDictionary dictionary;
    private final boolean petrarchPhrases;

    public ActorResolver(ActorDictionary dictionary) {
        this(dictionary, false);
    }

    /**
     * @param petrarchPhrases code noun phrases as PETRARCH does ({@link PetrarchPhrase}: every agent's code appended,
     *                        prefix agents, phrases with agents only name no actor) instead of Dyad's way
     */
    public ActorResolver(ActorDictionary dictionary, boolean petrarchPhrases) {
        this.dictionary = dictionary;
        this.petrarchPhrases = petrarchPhrases;
    }

    /**
     * The actors named at {@code head}, one per conjunct ("Russia and Iran"), none when nothing codable is there.
     *
     * @param exclude tokens that cannot be antecedents (the event's other argument)
     */
    public List<Actor> resolve(SentenceActors sa, int head, DocumentMemory memory, Set<Integer> exclude) {
        List<Actor> out = new ArrayList<>();
        List<ActorMention> seen = new ArrayList<>();
        for (int h : conjuncts(sa.sentence(), head)) {
            ActorMention m = sa.at(h);
            if (m != null && m.kind() != Kind.AGENT) {
                if (seen.contains(m)) continue; // "the Islamic State of Iraq and the Levant" is one name, not two parties
                seen.add(m);
            }
            for (Actor a : petrarchPhrases ? petrarch(sa, h, memory, exclude) : resolveOne(sa, h, memory, exclude, 0)) {
                if (out.stream().noneMatch(b -> b.code().equals(a.code()) && b.span().equals(a.span()))) out.add(a);
            }
        }
        return out;
    }


    private List<Actor> petrarch(SentenceActors sa, int h, DocumentMemory memory, Set<Integer> exclude) {
        AnnotatedSentence s = sa.sentence();
        Token t = s.token(h);
        if (t.pos().equals("PRP") && PERSONAL.contains(t.word().toLowerCase())) return resolveOne(sa, h, memory, exclude, 0);
        Span span = phrase(s, h);
        List<Actor> out = new ArrayList<>();
        for (PetrarchPhrase.Coded c : PetrarchPhrase.codes(sa, h, dictionary)) {
            out.add(new Actor(c.code(), span.text(), null, span, c.how()));
        }
        return out;
    }

    private List<Actor> resolveOne(SentenceActors sa, int h, DocumentMemory memory, Set<Integer> exclude, int depth) {
        AnnotatedSentence s = sa.sentence();
        Token t = s.token(h);
        Span span = phrase(s, h);
        String lower = t.word().toLowerCase();
        if (t.pos().equals("PRP") && PERSONAL.contains(lower)) {
            Actor a = antecedent(sa, h, memory, exclude, true, span);
            return a == null ? List.of() : List.of(a);
        }
        if ((t.pos().equals("PRP") && FIRST_PERSON.contains(lower) || t.pos().equals("PRP$") && (lower.equals("our") || lower.equals("my")))
                && memory.speaker() != null) { // "our thoughts go to ...": the speaker's
            DocumentMemory.Remembered r = memory.speaker();
            return List.of(new Actor(r.code(), span.text(), r.entity(), span, "'" + t.word() + "' in a quotation = its speaker '" + r.text() + "'"));
        }
        if (t.pos().equals("PRP") && lower.equals("it") && (t.rel().equals("obj") || t.rel().equals("iobj") || t.baseRel().equals("obl"))) {
            // "cut ties with Qatar, accusing it of ...", "condemned Israel and urged it to stop": an object "it" is the
            // nearest country or organisation named before it in the sentence (a subject "it" is often no actor: "it is")
            Set<Integer> places = new java.util.HashSet<>(exclude);
            for (Token c : s.tokens()) {
                if (c.index() >= h || !LOCATIVE.contains(s.caseOf(c.index()))) continue;
                ActorMention pm = sa.at(c.index());
                if (pm == null) continue;
                for (int k = pm.startToken(); k < pm.endToken(); k++) places.add(k);
            }
            Actor a = antecedent(sa, h, memory, places, false, span); // "the unrest in Hong Kong": a place is no antecedent
            return a == null ? List.of() : List.of(a);
        }
        if (t.pos().equals("PRP") && PLURAL.contains(lower)) {
            Actor a = antecedent(sa, h, memory, exclude, false, span);
            if (a == null && memory.lastGroup() != null) {
                DocumentMemory.Remembered r = memory.lastGroup();
                a = new Actor(r.code(), span.text(), r.entity(), span, "'" + t.word() + "' = '" + r.text() + "' (earlier sentence)");
            }
            return a == null ? List.of() : List.of(a);
        }
        ActorMention m = sa.at(h);
        if (m == null && QUANTITY.contains(t.lemma().toLowerCase()) && depth < 2) {
            // "hundreds of protesters", "dozens of Syrian soldiers": the people counted are the actor
            for (Token c : s.children(h)) {
                if (c.rel().equals("nmod") && s.caseOf(c.index()).equals("of")) return resolveOne(sa, c.index(), memory, exclude, depth + 1);
            }
        }
        if (m == null && GROUP_NOUNS.contains(t.lemma().toLowerCase()) && definite(s, h) && s.children(h).size() <= 1
                && memory.lastGroup() != null) {
            // "the group said", "the organisation denied": the group the story named before
            DocumentMemory.Remembered r = memory.lastGroup();
            return List.of(new Actor(r.code(), span.text(), r.entity(), span, "'" + span.text() + "' = '" + r.text() + "' (earlier sentence)"));
        }
        if (m != null && m.code() != null && (m.kind() == Kind.ENTITY || m.kind() == Kind.COUNTRY || m.kind() == Kind.ADJECTIVE)) {
            ActorCode code = m.code();
            if (m.kind() == Kind.COUNTRY || m.kind() == Kind.ADJECTIVE) {
                // "the Syrian army" has army as head; a bare country may still take an agent from its modifiers
                ActorMention agent = nearestAgent(sa, h, 0);
                if (agent != null && agent.code() != null) code = compose(code, agent);
                else if (m.kind() == Kind.ADJECTIVE && code.countryOnly() && (t.pos().equals("NNPS") || t.pos().equals("NNS"))
                        && !definite(s, h)) {
                    // "thousands of Iraqis rallied", "Liberians protested": a plural demonym is the country's people
                    // ("the Iranians rejected the proposal" is the state's side, as CAMEO codes it)
                    code = new ActorCode(code.country() + CIVILIANS, code.country(), List.of(CIVILIANS));
                }
            }
            return List.of(new Actor(code, span.text(), m.entity(), span, "dictionary " + m.source()));
        }
        ActorMention agent = m != null && m.kind() == Kind.AGENT ? m : nearestAgent(sa, h, 0);
        List<Actor> out = new ArrayList<>();
        for (Owner o : owners(sa, h, memory, exclude, 0)) {
            ActorCode code = agent == null || agent.code() == null ? o.code : compose(o.code, agent);
            String rule = (agent == null ? "" : "agent '" + agent.span().text() + "' + ") + o.how;
            out.add(new Actor(code, span.text(), o.entity, span, rule));
        }
        if (out.isEmpty() && m != null && m.kind() == Kind.AGENT && m.code() != null && definite(s, h)) {
            String lemma = Names.normalize(t.lemma());
            DocumentMemory.Remembered r = memory.agent(lemma, m.code().sectors().get(0));
            if (r != null) {
                out.add(new Actor(r.code(), span.text(), r.entity(), span, "document memory: '" + r.text() + "'"));
            }
        }
        if (out.isEmpty() && m != null && m.kind() == Kind.AGENT && m.code() != null) {
            // "protesters", "gunmen": a sector without a country, as CAMEO codes unattributed agents
            out.add(new Actor(m.code(), span.text(), null, span, "agent '" + m.span().text() + "' without a country"));
        }
        Token agentWord = agent == null ? null : s.token(agent.endToken() - 1);
        if (out.isEmpty() && m == null && agent != null && agent.code() != null && t.isNoun() && !t.pos().startsWith("NNP")
                && agentWord.isNoun() && agentWord.rel().equals("compound")) {
            // "rebel positions", "the police complex": a thing of an agent stands for it
            out.add(new Actor(agent.code(), span.text(), null, span, "agent '" + agent.span().text() + "' without a country"));
        }
        if (out.isEmpty() && t.pos().startsWith("NNP")) {
            DocumentMemory.Remembered r = memory.name(Names.normalize(t.word()));
            if (r != null) out.add(new Actor(r.code(), span.text(), r.entity(), span, "document memory: '" + r.text() + "'"));
        }
        if (out.isEmpty() && m == null && agent != null && agent.code() != null && t.pos().startsWith("NNP")
                && agent.endToken() <= h && !t.ner().equals("ORGANIZATION") && !t.ner().equals("LOCATION")) {
            // "President Kim", "Senator Warren": a title before a name the dictionaries lack is the role without a
            // country, which the story's country completes as for a bare agent
            out.add(new Actor(agent.code(), span.text(), null, span, "title '" + agent.span().text() + "' of an unlisted name"));
        }
        // "Ali Shamkhani, secretary of ...", "the Senate Minority Leader, Chuck Schumer,": the apposition fills in a
        // bare country or a role without one
        if ((out.isEmpty() || out.stream().allMatch(a -> a.code().countryOnly() || a.code().country() == null)) && depth == 0) {
            for (Token c : s.children(h)) {
                // "Ali Shamkhani, secretary of ...", and the parser's "dep" for "his counterpart Sergei Lavrov"
                if (c.rel().equals("appos") || (c.rel().equals("dep") && c.pos().startsWith("NNP") && sa.at(c.index()) != null)) {
                    List<Actor> fromAppos = resolveOne(sa, c.index(), memory, exclude, 1);
                    if (!fromAppos.isEmpty()) {
                        List<Actor> merged = new ArrayList<>();
                        for (Actor a : fromAppos) {
                            merged.add(new Actor(a.code(), span.text(), a.entity(), span, "apposition: " + a.rule()));
                        }
                        out = merged;
                        break;
                    }
                }
            }
        }
        if (out.isEmpty() && depth == 0 && t.isNoun() && !t.pos().startsWith("NNP")) {
            // "allies such as Germany", "countries including Iran and Syria", "groups like Hamas": a kind that names no
            // actor stands for the examples it names
            for (Token c : s.children(h)) {
                if (!c.rel().startsWith("nmod") || !EXAMPLE_CASES.contains(s.caseOf(c.index()))) continue;
                for (int e : conjuncts(s, c.index())) {
                    for (Actor a : resolveOne(sa, e, memory, exclude, 1)) {
                        out.add(new Actor(a.code(), a.text(), a.entity(), a.span(), "example of '" + t.word() + "': " + a.rule()));
                    }
                }
                if (!out.isEmpty()) break;
            }
        }
        if (out.size() == 1 && m == null && t.pos().startsWith("NNP")) {
            // a name the dictionaries lack, coded by its title or apposition: later "Mwangi" means the same actor
            DocumentMemory.Remembered r = new DocumentMemory.Remembered(out.get(0).code(), span.text(), null);
            memory.rememberName(Names.normalize(t.word()), r);
            if (!t.ner().equals("ORGANIZATION") && !t.ner().equals("LOCATION")) memory.rememberPerson(r);
        }
        return out;
    }

    /**
     * Owners of a phrase: the countries and entities its modifiers name ("Syrian", "Iran's", "of Russia and Iran",
     * "his" = the nearest earlier person).
     */
    private List<Owner> owners(SentenceActors sa, int h, DocumentMemory memory, Set<Integer> exclude, int depth) {
        List<Owner> out = owners(sa, h, memory, exclude, depth, false);
        // "opposition groups in Kenya": where a bare agent is says whose it is, when nothing else does
        return out.isEmpty() && depth == 0 ? owners(sa, h, memory, exclude, depth, true) : out;
    }

    private List<Owner> owners(SentenceActors sa, int h, DocumentMemory memory, Set<Integer> exclude, int depth, boolean located) {
        AnnotatedSentence s = sa.sentence();
        List<Owner> out = new ArrayList<>();
        ActorMention own = sa.at(h);
        // "Russia's invasion of Ukraine", "Iran's seizure of the tanker": an act's possessor owns it; the 'of' phrase
        // is what it was done to
        boolean possessed = own == null && s.children(h).stream().anyMatch(c -> c.rel().equals("nmod:poss") && c.isNoun());
        // "Sheikh Hasina's Awami League party": the thing's own name says whose it is, not its possessor
        boolean named = (own == null || own.kind() == Kind.AGENT) && s.children(h).stream().anyMatch(c -> (c.rel().equals("compound") || c.rel().equals("flat"))
                && sa.at(c.index()) != null && sa.at(c.index()).code() != null && sa.at(c.index()).kind() == Kind.ENTITY);
        // "Saudi border guards (of killing migrants)": the adjective of an agent says whose it is; no later phrase
        boolean adjectived = own != null && own.kind() == Kind.AGENT && s.children(h).stream().anyMatch(c -> (c.rel().equals("amod")
                || c.rel().equals("compound")) && sa.at(c.index()) != null && (sa.at(c.index()).kind() == Kind.COUNTRY || sa.at(c.index()).kind() == Kind.ADJECTIVE));
        for (Token c : s.children(h)) {
            if (own == null && !located && depth < 2 && c.rel().equals("acl") && HOLDING.contains(c.lemma().toLowerCase())) {
                // "positions held by the Arakan Army", "oil facilities belonging to Saudi Aramco": the holder owns them
                for (Token d : s.children(c.index())) {
                    String cw = s.caseOf(d.index());
                    if (!d.baseRel().equals("obl") || !("by".equals(cw) || "to".equals(cw) && c.lemma().equalsIgnoreCase("belong"))) continue;
                    for (Actor a : resolveOne(sa, d.index(), memory, exclude, depth + 1)) {
                        out.add(new Owner(a.code(), a.entity(), "'" + c.word() + "' " + cw + " " + a.text()));
                    }
                }
                continue;
            }
            if (!OWNER_RELS.contains(c.rel())) continue;
            if (located && !c.rel().equals("nmod")) continue;
            if (possessed && c.rel().equals("nmod") && "of".equals(s.caseOf(c.index()))) continue;
            if (named && c.rel().equals("nmod:poss")) continue;
            if (adjectived && c.rel().equals("nmod")) continue;
            if (c.rel().equals("nmod") && !ownerCase(sa, h, s.caseOf(c.index()), located)) continue;
            ActorMention m = sa.at(c.index());
            if (m != null && m == own) continue;
            if (m != null && m.code() != null && m.kind() != Kind.AGENT) {
                for (int k : conjuncts(s, c.index())) {
                    ActorMention mk = sa.at(k);
                    if (mk != null && mk.code() != null && mk.kind() != Kind.AGENT && out.stream().noneMatch(o -> o.code.equals(mk.code()))) {
                        // "students in Nairobi": where they are gives the country, not the capital's government
                        ActorCode code = located && mk.entity() != null && mk.entity().endsWith("_CAPITAL") && mk.code().country() != null
                                ? dictionary.code(mk.code().country()) : mk.code();
                        out.add(new Owner(code, mk.entity(), "'" + mk.span().text() + "' (" + mk.source() + ")"));
                    }
                }
            } else if (c.pos().equals("PRP$") && POSSESSIVE.contains(c.word().toLowerCase())) {
                Actor a = antecedent(sa, c.index(), memory, exclude, c.word().equalsIgnoreCase("his") || c.word().equalsIgnoreCase("her"), null);
                if (a != null) out.add(new Owner(a.code(), a.entity(), "'" + c.word() + "' = " + a.text()));
            } else if (depth < 2 && !located && (c.isNoun() || c.pos().equals("JJ"))) {
                List<Owner> deeper = owners(sa, c.index(), memory, exclude, depth + 1);
                if ((c.rel().equals("nmod:poss") || c.rel().equals("nmod")) && m != null && m.kind() == Kind.AGENT && m.code() != null) {
                    // "the Kenyan government's levy": the owner is the government of Kenya, not Kenya
                    for (Owner o : deeper) out.add(new Owner(o.code.countryOnly() ? compose(o.code, m) : o.code, o.entity, "'" + m.span().text() + "' + " + o.how));
                } else {
                    out.addAll(deeper);
                }
            }
        }
        return out;
    }

    /**
     * "the president of Iran"; for role nouns that take their owner's code, "the spokeswoman for the ministry"; and
     * for a bare agent, where it is ("opposition groups in Kenya", "soldiers from Chad").
     */
    private static boolean ownerCase(SentenceActors sa, int h, String caseWord, boolean located) {
        ActorMention m = sa.at(h);
        if (located) return LOCATED.contains(caseWord) && (m != null && m.kind() == Kind.AGENT || agentIn(sa, h));
        if (caseWord.equals("of")) return true;
        // "broadcasts by the BBC", "abuses by security forces": who made the thing
        if (caseWord.equals("by") && m == null && sa.sentence().token(h).isNoun()) return true;
        return caseWord.equals("for") && m != null && m.kind() == Kind.AGENT && m.code() == null;
    }

    /** Whether the phrase headed at h has an agent word as modifier ("opposition groups"). */
    private static boolean agentIn(SentenceActors sa, int h) {
        for (Token c : sa.sentence().children(h)) {
            ActorMention m = sa.at(c.index());
            if ((c.rel().equals("compound") || c.rel().equals("amod")) && m != null && m.kind() == Kind.AGENT) return true;
        }
        return false;
    }

    /** The agent word of a phrase whose head is not one ("spokesman" in "spokesman Hossein Jaber Ansari"). */
    private ActorMention nearestAgent(SentenceActors sa, int h, int depth) {
        for (Token c : sa.sentence().children(h)) {
            if (!c.rel().equals("compound") && !c.rel().equals("amod") && !c.rel().equals("flat")) continue;
            ActorMention m = sa.at(c.index());
            if (m != null && m.kind() == Kind.AGENT) return m;
            if (depth < 2) {
                ActorMention deeper = nearestAgent(sa, c.index(), depth + 1);
                if (deeper != null) return deeper;
            }
        }
        return null;
    }

    /**
     * Combines an owner with an agent: a country takes the agent's sector ("IRN" + troops = IRNMIL); a state
     * actor takes it too when both are state sectors ("Assad's forces" = SYRMIL); other entities keep their code.
     */
    ActorCode compose(ActorCode owner, ActorMention agent) {
        String sector = agent.code().sectors().get(0);
        if (owner.countryOnly()) return dictionary.withSector(owner, sector);
        if (owner.country() != null && owner.sectors().equals(List.of("GOV")) && !STATE_SECTORS.contains(sector)) {
            // a capital or government as a modifier of a non-state agent: "Abu Dhabi TV", "Kremlin-backed media"
            return dictionary.code(owner.country() + sector);
        }
        if (owner.country() != null && STATE_SECTORS.contains(sector)
                && !owner.sectors().isEmpty() && STATE_SECTORS.contains(owner.sectors().get(0))) {
            return dictionary.code(owner.country() + sector);
        }
        return owner;
    }

    /**
     * Whether an agent mention reads as one person ("the minister", "prosecutor general"): a singular common or proper
     * noun the tagger does not take for an organisation or place, as {@link #rememberActing} decides.
     */
    private static boolean titled(SentenceActors sa, ActorMention m) {
        Token t = sa.sentence().token(m.endToken() - 1);
        return (t.pos().equals("NN") || t.pos().equals("NNP")) && !t.ner().equals("ORGANIZATION") && !t.ner().equals("LOCATION");
    }

    /** The head of an agent mention's phrase: its last word, past the compounds it modifies. */
    private static int agentHead(AnnotatedSentence s, ActorMention m) {
        int h = m.endToken() - 1;
        while (s.token(h).head() > h && (s.token(h).rel().equals("compound") || s.token(h).rel().equals("flat"))) h = s.token(h).head();
        return h;
    }

    /** The nearest earlier named actor in the sentence, else the document's last person. */
    private Actor antecedent(SentenceActors sa, int pronoun, DocumentMemory memory, Set<Integer> exclude,
                             boolean person, Span span) {
        for (int k = pronoun - 1; k >= 0; k--) {
            if (exclude.contains(k)) continue;
            ActorMention m = sa.at(k);
            if (m == null || m.code() == null) continue;
            String ne = sa.sentence().token(m.endToken() - 1).ner();
            AnnotatedSentence s = sa.sentence();
            boolean they = PLURAL.contains(s.token(pronoun).word().toLowerCase());
            if (they && m.entity() != null && m.entity().endsWith("_CAPITAL") && LOCATIVE.contains(s.caseOf(m.endToken() - 1))) {
                k = m.startToken(); // "marched in Lima, and they demanded": a place is not who 'they' are
                continue;
            }
            if (m.kind() == Kind.AGENT && (person ? titled(sa, m) : they)) {
                // "Ukraine's prosecutor general said his office ...": a person named by a title; "sent the police a plan,
                // which they rejected": the nearest group named before it
                int h = agentHead(s, m);
                Token head = s.token(h);
                // "Carrie Lam, the chief executive of Hong Kong, ... her": the title describes the name before it
                boolean fits = person ? !head.rel().equals("appos")
                        : head.pos().equals("NNS") || head.pos().equals("NNPS") || head.lemma().equalsIgnoreCase("police");
                List<Actor> named = fits && h < pronoun && !exclude.contains(h) ? resolveOne(sa, h, memory, exclude, 1) : List.of();
                if (named.size() == 1 && (!person || named.get(0).code().country() != null)) {
                    Actor a = named.get(0);
                    Span sp = span == null ? a.span() : span;
                    return new Actor(a.code(), sp.text(), a.entity(), sp, "pronoun '" + s.token(pronoun).word() + "' = '" + a.text() + "'");
                }
            }
            boolean ok = person ? m.kind() == Kind.ENTITY && !ne.equals("ORGANIZATION") && !ne.equals("LOCATION")
                    : (m.kind() == Kind.ENTITY || m.kind() == Kind.COUNTRY);
            if (ok) {
                Span sp = span == null ? m.span() : span;
                return new Actor(m.code(), sp.text(), m.entity(), sp, "pronoun '" + sa.sentence().token(pronoun).word()
                        + "' = '" + m.span().text() + "'");
            }
            k = m.startToken();
        }
        DocumentMemory.Remembered r = person ? memory.lastPerson() : null;
        if (r == null || span == null) return null;
        return new Actor(r.code(), span.text(), r.entity(), span, "pronoun = '" + r.text() + "' (earlier sentence)");
    }

    /**
     * Remembers the people who are the subjects of the sentence's verbs, whether or not their verb was an event
     * ("John Mwangi, a Kenyan lawmaker, spoke to reporters. Later, Mwangi ..."; "Iran's foreign minister spoke to
     * reporters. ... he said").
     */
    public void rememberSubjects(SentenceActors sa, DocumentMemory memory) {
        for (Token t : sa.sentence().tokens()) {
            if (!t.rel().equals("nsubj") || t.head() < 0 || !sa.sentence().token(t.head()).isVerb()) continue;
            List<Actor> found = resolve(sa, t.index(), memory, Set.of());
            if (found.size() == 1) rememberActing(sa, found.get(0), memory);
        }
    }

    /**
     * Remembers a person who acted in the sentence though no dictionary name named them ("Iran's foreign minister
     * spoke to reporters. ... he said": he is the minister): the source of an event whose head word is a singular
     * common or proper noun that is no organisation, place or country.
     */
    public void rememberActing(SentenceActors sa, Actor a, DocumentMemory memory) {
        if (a == null || a.span().start() == a.span().end() || a.code().country() == null) return;
        AnnotatedSentence s = sa.sentence();
        for (Token t : s.tokens()) {
            if (t.start() < a.span().start() || t.end() > a.span().end()) continue;
            int head = t.head();
            boolean outside = head < 0 || s.token(head).start() < a.span().start() || s.token(head).end() > a.span().end();
            if (!outside) continue;
            ActorMention m = sa.at(t.index());
            boolean person = (t.pos().equals("NN") || t.pos().equals("NNP")) && !t.ner().equals("ORGANIZATION")
                    && !t.ner().equals("LOCATION") && (m == null || m.kind() == Kind.AGENT || m.kind() == Kind.ENTITY);
            if (person) memory.rememberPerson(new DocumentMemory.Remembered(a.code(), a.text(), a.entity()));
            return;
        }
    }

    /**
     * Remembers the sentence's actors for later sentences: agent phrases ("Islamic State militants") by agent word
     * and sector, people by surname. Works on unparsed sentences too (adjacent tokens).
     */
    public void remember(SentenceActors sa, DocumentMemory memory) {
        List<ActorMention> ms = sa.mentions();
        for (int i = 0; i < ms.size(); i++) {
            ActorMention m = ms.get(i);
            if (m.code() == null) continue;
            String ne = sa.sentence().token(m.endToken() - 1).ner();
            boolean organisation = ne.equals("ORGANIZATION") || m.code().country() == null || !m.code().sectors().isEmpty()
                    && !m.code().sectors().get(0).equals("GOV") && !m.code().sectors().get(0).equals("ELI");
            if (m.kind() == Kind.ENTITY && allProper(sa.sentence(), m) && !m.entity().endsWith("_CAPITAL") && !ne.equals("ORGANIZATION")) {
                DocumentMemory.Remembered r = new DocumentMemory.Remembered(m.code(), m.span().text(), m.entity());
                memory.rememberPerson(r);
                memory.rememberName(Names.normalize(sa.sentence().token(m.endToken() - 1).word()), r);
            }
            if (m.kind() == Kind.ENTITY && m.endToken() - m.startToken() > 1 && (ne.equals("ORGANIZATION") || organisation)
                    && sa.sentence().token(m.startToken()).pos().startsWith("NNP")) {
                // "Mahan Air" ... "Mahan", "Ford Motor Company" ... "Ford"
                memory.rememberName(Names.normalize(sa.sentence().token(m.startToken()).word()),
                        new DocumentMemory.Remembered(m.code(), m.span().text(), m.entity()));
            }
            if (m.kind() == Kind.ENTITY && (organisation || !allProper(sa.sentence(), m))) {
                memory.rememberGroup(new DocumentMemory.Remembered(m.code(), m.span().text(), m.entity()));
            }
            if (m.kind() == Kind.AGENT && i > 0) {
                ActorMention prev = ms.get(i - 1);
                if (prev.endToken() == m.startToken() && prev.code() != null && prev.kind() != Kind.AGENT) {
                    ActorCode code = compose(prev.code(), m);
                    String text = sa.sentence().text().substring(prev.span().start() - sa.sentence().start(),
                            m.span().end() - sa.sentence().start());
                    String lemma = Names.normalize(sa.sentence().token(m.endToken() - 1).lemma());
                    DocumentMemory.Remembered r = new DocumentMemory.Remembered(code, text, prev.entity());
                    memory.rememberAgent(lemma, m.code().sectors().get(0), r);
                    if (sa.sentence().token(m.endToken() - 1).pos().equals("NNS")) memory.rememberGroup(r);
                }
            }
        }
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those");

    /**
     * "the militants", "these rebels": a referent the document named before. Not "a third president", "two
     * soldiers" or a generic bare plural ("Houthis have attacked journalists").
     */
    private static boolean definite(AnnotatedSentence s, int h) {
        boolean det = false;
        for (Token c : s.children(h)) {
            if (c.rel().equals("nummod")) return false;
            if (c.rel().equals("det") && DEFINITE.contains(c.word().toLowerCase())) det = true;
        }
        return det;
    }

    private static boolean allProper(AnnotatedSentence s, ActorMention m) {
        for (int i = m.startToken(); i < m.endToken(); i++) {
            String pos = s.token(i).pos();
            if (!pos.startsWith("NNP") && !pos.equals("HYPH")) return false;
        }
        return true;
    }

    /** The head and its conjuncts ("the Kremlin and the secretary"). */
    public static List<Integer> conjuncts(AnnotatedSentence s, int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (int i = 0; i < out.size(); i++) {
            List<Token> children = s.children(out.get(i));
            boolean list = children.stream().anyMatch(c -> c.rel().equals("conj"));
            for (Token c : children) {
                // a verb the parser conjoined to a noun is a clause, not another party
                if (c.rel().equals("conj") && !c.isVerb()) out.add(c.index());
                // "Mordor, the Shire, Arnor and Bree": a name the parser took for an apposition to a name inside a list
                if (c.rel().equals("appos") && c.pos().startsWith("NNP") && s.token(out.get(i)).pos().startsWith("NNP")
                        && (list || s.children(c.index()).stream().anyMatch(g -> g.rel().equals("conj")))) out.add(c.index());
            }
        }
        return out;
    }


    /** The words of the phrase headed at h, without conjuncts, clauses and appositions. */
    public static Span phrase(AnnotatedSentence s, int h) {
        int[] range = {h, h};
        extend(s, h, range);
        int lo = range[0];
        int hi = range[1];
        // leading case words go, with the rest of a multi-word one ("such as Germany", "according to Reuters")
        while (lo < h && (s.token(lo).rel().equals("case") || s.token(lo).rel().equals("fixed") || s.token(lo).pos().equals("``")
                || s.token(lo).rel().equals("punct"))) lo++;
        while (hi > h && s.token(hi).rel().equals("punct")) hi--;
        return s.span(lo, hi + 1);
    }

    private static void extend(AnnotatedSentence s, int h, int[] range) {
        for (Token c : s.children(h)) {
            if (PHRASE_STOP.contains(c.rel())) continue;
            range[0] = Math.min(range[0], c.index());
            range[1] = Math.max(range[1], c.index());
            extend(s, c.index(), range);
        }
    }

    private record Owner(ActorCode code, String entity, String how) {
    }
}
