package dyad.events;

import dyad.actors.SentenceActors;
import dyad.model.ActorMention;
import dyad.model.DependencyTree;
import dyad.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a trigger's source is in the tree: the argument rules for subjects. Each rule that applies writes its name
 * into the evidence notes ("rule object-control: ..."), so every event says how its source was found:
 * <ul>
 *   <li>{@code subject}: the trigger's own subject; several when commas join them ("Putin, Rowhani agree")</li>
 *   <li>{@code passive-agent}: a passive's "by" phrase ("was attacked by X"); the passive subject is the target</li>
 *   <li>{@code raised-passive}: "were reported by local media to have visited": the raised subject did it</li>
 *   <li>{@code subject-control}: "agreed to step up": the subject of the verb the trigger completes</li>
 *   <li>{@code object-control}: "urged Iran to stop": the object of the governing verb ({@code object-control} list)</li>
 *   <li>{@code conjoined-verb}, {@code purpose-clause}: "lauded ... and said", "sent a message to congratulate"</li>
 *   <li>{@code relative-clause}: "the group that attacked": the modified noun</li>
 *   <li>{@code reported-speaker}: "the army said it repelled ...": an impersonal pronoun is the speaker</li>
 *   <li>{@code participle}, {@code participle-adjunct}: "forces recapturing", ", supporting ..."</li>
 *   <li>{@code passive-participle}: "civilians killed in the raid": the noun is the target (no source)</li>
 *   <li>{@code repaired-speech}: "said Putin ... had exchanged" misparsed with Putin as the object of "said"</li>
 *   <li>{@code nominal-owner}, {@code nominal-by}: "Iran's support", "Israeli strikes", "the arrest of X by police";
 *       the parties of "clashes between X and Y"</li>
 *   <li>{@code doer-clause}: "were killed when gunmen opened fire": the subject of a clause of a doer-clause verb</li>
 *   <li>{@code document-author}: "issued a statement condemning X": whoever issued the document says it</li>
 *   <li>{@code light-verb}: "the army carried out airstrikes": a noun trigger takes the light verb's subject</li>
 *   <li>{@code fronted-subject}: "In response to a lawsuit by X, Judge Miller ruled": a subject the parser hung on
 *       the fronted phrase</li>
 * </ul>
 * Stateless; thread-safe.
 */
final class SourceFinder {
    private final Conventions conventions;
    /** Markers of an adjunct clause whose subject is the main clause's: "while visiting", "after meeting", "by shouting". */
    private static final java.util.Set<String> ADJUNCT_MARKS = java.util.Set.of("while", "after", "before", "when", "by", "without", "upon");

    SourceFinder(Conventions conventions) {
        this.conventions = conventions;
    }

    /** Subject heads (several when commas join them) and, for passives, the target head. */
    record Args(List<Integer> subjects, int passiveTarget) {
        Args(int subject, int passiveTarget) {
            this(subject < 0 ? List.of() : List.of(subject), passiveTarget);
        }

        static final Args NONE = new Args(-1, -1);
    }

    /** The source of a verb (or adjective) trigger, inherited through xcomp, conj, purpose clauses and relative clauses. */
    Args verb(DependencyTree s, int v, List<String> notes) {
        int cur = v;
        boolean conjoined = false;
        for (int hop = 0; hop < 5; hop++) {
            int subj = -1;
            List<Integer> more = new ArrayList<>();
            int pass = -1;
            int agent = -1;
            for (Token c : s.children(cur)) {
                // "threatened on Thursday to seek a ban": a time is no subject (rule time-subject)
                if (c.rel().equals("nsubj") && c.pos().startsWith("NNP") && conventions.has("time-nouns", c.word())
                        && s.children(c.index()).stream().noneMatch(d -> d.rel().equals("compound") || d.rel().equals("flat"))) {
                    notes.add("rule time-subject: '" + c.word() + "' is a time, not the subject");
                    // "This Thursday the Commission criticized": the parser hung the subject on the time
                    for (Token d : s.children(c.index())) {
                        if ((d.rel().equals("dep") || d.rel().equals("appos")) && d.isNoun() && d.index() > c.index() && subj < 0) subj = d.index();
                    }
                    continue;
                }
                if (c.rel().equals("nsubj")) {
                    if (subj < 0) subj = c.index();
                    else more.add(c.index());
                }
                if (c.rel().equals("nsubj:pass") && pass < 0) pass = c.index();
                if (c.rel().startsWith("obl") && "by".equals(s.caseOf(c.index()))) agent = c.index();
            }
            if (pass >= 0 && cur != v && conjoined) {
                // "was detained and later charged with sedition": the passive's subject is the target of both
                notes.add("rule conjoined-passive: the subject of '" + s.token(cur).word() + "' is the target of '" + s.token(v).word() + "'");
                return new Args(agent, pass);
            }
            if (pass >= 0 && cur != v) {
                notes.add("rule raised-passive: subject of the passive '" + s.token(cur).word() + "' raised to '" + s.token(v).word() + "'");
                return new Args(pass, -1);
            }
            if (pass >= 0) {
                if (agent >= 0) {
                    notes.add("rule passive-agent: source from the 'by' phrase");
                    return new Args(agent, pass);
                }
                int doer = clauseDoer(s, cur);
                if (doer >= 0) {
                    // "were killed when gunmen opened fire on a bus", "were arrested after police raided the house"
                    notes.add("rule doer-clause: the subject of '" + s.token(s.token(doer).head()).word() + "' did it");
                    return new Args(doer, pass);
                }
                int author = reportAuthor(s, cur);
                if (author >= 0) {
                    // "was accused of fraud on Monday in a report drawn up by state auditors"
                    notes.add("rule report-author: source is the author ('" + s.token(author).word() + "') of the report the passive happened in");
                    return new Args(author, pass);
                }
                return new Args(-1, pass);
            }
            if (subj >= 0 && cur == v && agent >= 0 && s.token(v).pos().equals("VBN")
                    && conventions.has("move-nouns", s.token(subj).lemma().toLowerCase())) {
                // "..., a move welcomed by Paris" parsed with the move as the participle's subject
                notes.add("rule passive-agent: source from the 'by' phrase of a participle on '" + s.token(subj).word() + "'");
                return new Args(agent, -1);
            }
            if (subj >= 0) {
                Token st = s.token(subj);
                if ((st.pos().equals("WDT") || st.pos().equals("WP")) && s.token(cur).rel().equals("acl:relcl")) {
                    notes.add("rule relative-clause: subject is the modified noun");
                    return new Args(s.token(cur).head(), -1);
                }
                int head = s.token(cur).head();
                if (st.pos().equals("PRP") && conventions.has("impersonal-pronouns", st.word()) && s.token(cur).rel().equals("ccomp")
                        && head >= 0 && conventions.has("reporting-verbs", s.token(head).lemma())) {
                    int speaker = s.child(head, "nsubj");
                    if (speaker >= 0) {
                        notes.add("rule reported-speaker: '" + st.word() + "' = the speaker of '" + s.token(head).word() + "'");
                        return new Args(speaker, -1);
                    }
                }
                if (cur != v) notes.add("rule subject-control: subject inherited from '" + s.token(cur).word() + "'");
                List<Integer> all = new ArrayList<>();
                all.add(subj);
                all.addAll(more);
                return new Args(all, -1);
            }
            Token t = s.token(cur);
            int gov = t.head();
            if (gov < 0) {
                int fronted = frontedSubject(s, cur);
                if (fronted < 0) return Args.NONE;
                // "In response to a lawsuit by X, U.S. District Judge Gray Miller ruled ...": the parser hung the
                // subject on the fronted phrase as an apposition
                notes.add("rule fronted-subject: '" + s.token(fronted).word() + "', hung on the fronted phrase, is the subject of '" + t.word() + "'");
                return new Args(fronted, -1);
            }
            String rel = t.rel();
            if (rel.equals("xcomp")) {
                int obj = s.child(gov, "obj");
                if (obj >= 0 && conventions.has("object-control", s.token(gov).lemma())) {
                    notes.add("rule object-control: subject is the object of '" + s.token(gov).word() + "'");
                    return new Args(obj, -1);
                }
                // "criticised Trump's decision to withdraw", "welcomed the decision by Iran to release": an infinitive the
                // parser hung on the verb belongs to its object noun, and the noun's named author does it
                if (obj >= 0 && obj < cur && s.token(obj).isNoun() && s.hasMark(cur, "to")) {
                    for (Token c : s.children(obj)) {
                        boolean author = c.rel().equals("nmod:poss") && !c.pos().startsWith("PRP")
                                || c.baseRel().equals("nmod") && "by".equals(s.caseOf(c.index()));
                        if (author) {
                            notes.add("rule noun-complement: subject is the author of '" + s.token(obj).word() + "'");
                            return new Args(c.index(), -1);
                        }
                    }
                }
                cur = gov;
            } else if (cur == v && (rel.equals("dep") || rel.equals("advcl")) && passiveAdjunct(s, cur, gov)) {
                // "appeared in court on Saturday, charged with murder", "Wounded in the attack, two soldiers were taken
                // to hospital": a bare passive participle set off by a comma says what was done to the clause's subject
                int subject = s.child(gov, "nsubj:pass");
                if (subject < 0) subject = s.child(gov, "nsubj");
                if (subject < 0) return Args.NONE;
                notes.add("rule passive-participle-adjunct: the subject of '" + s.token(gov).word() + "' is the target");
                return new Args(-1, subject);
            } else if (rel.equals("conj") || (rel.equals("advcl") && s.hasMark(cur, "to"))) {
                conjoined = rel.equals("conj") && s.token(cur).pos().equals("VBN") && s.token(gov).pos().equals("VBN");
                cur = gov;
            } else if (rel.equals("advcl") && (s.token(cur).pos().equals("VBG") || s.hasMark(cur, ADJUNCT_MARKS))) {
                // "Speaking to NBC, she said", "protested by shouting", "after meeting Putin, Erdogan said"
                notes.add("rule participle-adjunct: subject of '" + s.token(gov).word() + "'");
                cur = gov;
            } else if (rel.equals("acl") && cur > 0 && s.token(cur - 1).word().equals(",") && s.token(cur).pos().equals("VBG")) {
                int verb = s.clauseVerb(gov);
                if (verb < 0) return Args.NONE;
                notes.add("rule participle-adjunct: subject of '" + s.token(verb).word() + "'");
                cur = verb;
            } else if (rel.equals("acl") && s.token(cur).pos().equals("VBN")) {
                // "150 security forces ... killed", "weapons seized from UN peacekeepers": a passive participle's
                // noun is what it was done to; its 'by' phrase did it ("a move condemned by Israel")
                notes.add("rule passive-participle: the modified noun is the target");
                return new Args(cur == v ? agent : -1, gov);
            } else if (rel.equals("acl") && conventions.has("document-nouns", s.token(gov).lemma().toLowerCase()) && s.token(gov).head() >= 0
                    && s.token(gov).rel().equals("obj") && s.token(s.token(gov).head()).isVerb()) {
                // "Iran issued a statement condemning the sanctions", "filed a complaint accusing the police": the
                // document says it, and whoever issued the document does
                notes.add("rule document-author: subject of '" + s.token(s.token(gov).head()).word() + "', who issued the '" + s.token(gov).word() + "'");
                cur = s.token(gov).head();
            } else if (rel.equals("acl")) {
                notes.add("rule participle: subject is the modified noun");
                return new Args(gov, -1);
            } else if (rel.equals("dep") && reducedRelative(s, gov) && FINITE.contains(s.token(cur).pos())) {
                // "Juan Guaido, recognised by 50 countries as president, urged the military ...": the parser made the
                // participle the main verb and hung the real one on it; its subject is the finite verb's
                notes.add("rule repaired-participle: the subject of '" + s.token(gov).word() + "' does '" + s.token(cur).word() + "'");
                int subject = s.child(gov, "nsubj");
                return new Args(subject >= 0 ? subject : s.child(gov, "nsubj:pass"), -1);
            } else if (rel.equals("dep") || rel.equals("ccomp") || rel.equals("parataxis")) {
                int obj = s.child(gov, "obj");
                // not a participle set off by a comma ("declared martial law, accusing parliament of ..."), handled below
                boolean participle = s.token(cur).pos().equals("VBG") && commaBefore(s, cur);
                if (obj >= 0 && obj < cur && !participle && conventions.has("reporting-verbs", s.token(gov).lemma())) {
                    notes.add("rule repaired-speech: object of '" + s.token(gov).word() + "' is the subject of '" + s.token(v).word() + "'");
                    return new Args(obj, -1);
                }
                if (participle) {
                    notes.add("rule participle-adjunct: subject of '" + s.token(gov).word() + "'");
                    cur = gov;
                    continue;
                }
                return Args.NONE;
            } else {
                return Args.NONE;
            }
        }
        return Args.NONE;
    }

    /**
     * Whether a participle is a bare passive adjunct of a clause verb: tagged VBN, with no subject, auxiliary or marker of
     * its own, and set off from the clause by a comma (", charged with murder"; "Wounded in the attack, ...").
     */
    private static boolean passiveAdjunct(DependencyTree s, int p, int gov) {
        if (!s.token(p).pos().equals("VBN") || !s.token(gov).isVerb()) return false;
        for (Token c : s.children(p)) {
            String r = c.rel();
            if (r.startsWith("nsubj") || r.startsWith("aux") || r.equals("mark") || r.equals("cop")) return false;
        }
        if (p > gov) return p > 0 && s.token(p - 1).word().equals(",");
        int end = p;
        for (int k = p + 1; k < gov; k++) if (s.dominates(p, k)) end = k;
        return end + 1 < gov && s.token(end + 1).word().equals(",");
    }

    /**
     * The subject of a main verb that has none in the parse because the parser hung it on a fronted phrase: the noun
     * right before the verb, attached as an apposition or loose dependent inside a phrase of the verb's that starts
     * earlier, and set off from that phrase by a comma ("In response to a lawsuit by the group, Judge Miller ruled"); -1.
     */
    private static int frontedSubject(DependencyTree s, int v) {
        Token verb = s.token(v);
        if (!FINITE.contains(verb.pos()) || v < 3) return -1;
        int n = v - 1;
        Token noun = s.token(n);
        if (!noun.isNoun() || !(noun.rel().equals("appos") || noun.rel().equals("dep")) || !s.dominates(v, n)) return -1;
        int start = phraseStart(s, n);
        if (!commaBefore(s, start)) return -1;
        int host = noun.head();
        return host >= 0 && host < start ? n : -1;
    }

    /** Tags of a finite verb. */
    private static final java.util.Set<String> FINITE = java.util.Set.of("VBD", "VBZ", "VBP");

    /**
     * Whether a participle the parser took for the main verb is a reduced relative set off by commas after its
     * subject ("X, recognised by ..., urged"): tagged VBN, with no auxiliary, its subject ending right before a comma.
     */
    private static boolean reducedRelative(DependencyTree s, int v) {
        if (!s.token(v).pos().equals("VBN") || v == 0 || !s.token(v - 1).word().equals(",")) return false;
        int subject = -1;
        for (Token c : s.children(v)) {
            if (c.rel().startsWith("aux")) return false;
            if (c.rel().startsWith("nsubj")) subject = c.index();
        }
        return subject >= 0 && subject < v;
    }

    /** Markers of a clause that tells how a passive came about: "were killed when gunmen opened fire". */
    private static final java.util.Set<String> DOER_MARKS = java.util.Set.of("when", "as", "after");

    /**
     * The subject of a clause of the {@code doer-clause-verbs} list hung on a passive ("were killed when gunmen opened
     * fire", "were arrested after police raided the house"), unless it is a weapon ("when a bomb exploded"), or -1.
     */
    private int clauseDoer(DependencyTree s, int passive) {
        for (Token c : s.children(passive)) {
            if (!c.rel().equals("advcl") || !c.isVerb()) continue;
            boolean marked = s.hasMark(c.index(), DOER_MARKS) || s.children(c.index()).stream()
                    .anyMatch(d -> d.rel().equals("advmod") && d.index() < c.index() && DOER_MARKS.contains(d.word().toLowerCase()));
            if (!marked) continue;
            if (!conventions.has("doer-clause-verbs", c.lemma())) continue;
            int subj = s.child(c.index(), "nsubj");
            if (subj >= 0 && !conventions.has("weapon-words", s.token(subj).lemma())) return subj;
        }
        return -1;
    }

    /** The author of a report a passive verb happened in ("in a report drawn up by state auditors"), or -1. */
    private int reportAuthor(DependencyTree s, int v) {
        for (Token c : s.children(v)) {
            if (!c.baseRel().equals("obl") || !conventions.has("document-nouns", c.lemma().toLowerCase())) continue;
            for (Token d : s.children(c.index())) {
                if (d.baseRel().equals("nmod") && "by".equals(s.caseOf(d.index()))) return d.index();
                if (d.rel().startsWith("acl")) {
                    for (Token g : s.children(d.index())) if (g.baseRel().equals("obl") && "by".equals(s.caseOf(g.index()))) return g.index();
                }
            }
        }
        return -1;
    }

    /** Source of a noun trigger: its possessor, or a country adjective or compound ("Iran's support", "Israeli strikes"). */
    Args noun(SentenceActors sa, int n) {
        DependencyTree s = sa.tree();
        for (Token c : s.children(n)) {
            if (c.rel().equals("nmod:poss")) return new Args(c.index(), -1);
            // "Israeli strikes", "a US drone strike", "Taliban attacks"; not a kind ("military cooperation", "hunger
            // strike") nor a capital as the place ("a Kabul car bombing")
            if ((c.rel().equals("amod") || c.rel().equals("compound")) && namesOwner(sa, c.index())) return new Args(c.index(), -1);
        }
        for (Token c : s.children(n)) {
            if (c.rel().equals("nmod") && "by".equals(s.caseOf(c.index()))) return new Args(c.index(), -1);
        }
        // "clashes between the army and rebels", "talks between Israel and Hamas": the parties of a joint event are its
        // compound subject; not for a noun deep in another phrase ("a transcript of a call between X and Y")
        for (Token c : s.token(n).rel().startsWith("nmod") ? List.<Token>of() : s.children(n)) {
            if (c.rel().equals("nmod") && "between".equals(s.caseOf(c.index())) && s.child(c.index(), "conj") >= 0) {
                return new Args(c.index(), -1);
            }
        }
        // "the attack, reportedly carried out by the Taliban", "a bombing claimed by IS", "an attack ascribed to X": the
        // agent of a participle of attribution (attribution-verbs) is the author
        for (Token c : s.children(n)) {
            if (!c.rel().startsWith("acl") || !(c.pos().equals("VBN") || c.pos().equals("VBD")) || !conventions.has("attribution-verbs", c.lemma())) continue;
            int by = attributedTo(s, c.index());
            if (by >= 0) return new Args(by, -1);
        }
        // the same participle set off by a comma after the noun, which the parser hung on the clause ("died in the
        // attack, reportedly conducted by the Taliban": 'conducted' a dep of 'died')
        Token t = s.token(n);
        if (t.head() >= 0) {
            for (Token c : s.children(t.head())) {
                if (!c.rel().equals("dep") || c.index() <= n || !c.pos().equals("VBN") || !conventions.has("attribution-verbs", c.lemma())) continue;
                boolean adjacent = true;
                for (int k = n + 1; k < c.index(); k++) {
                    Token b = s.token(k);
                    if (!(b.pos().equals(",") || b.pos().startsWith("RB"))) adjacent = false;
                }
                int by = adjacent ? attributedTo(s, c.index()) : -1;
                if (by >= 0) return new Args(by, -1);
            }
        }
        return Args.NONE;
    }

    /** The 'by' or 'to' phrase of a participle of attribution ("carried out by X", "ascribed to X"), or -1. */
    private static int attributedTo(DependencyTree s, int participle) {
        for (Token d : s.children(participle)) {
            String cw = s.caseOf(d.index());
            if (d.baseRel().equals("obl") && ("by".equals(cw) || "to".equals(cw))) return d.index();
        }
        return -1;
    }

    /** Whether a modifier (or a word under it) names an actor that can own an act: no agent word, no capital city. */
    private static boolean namesOwner(SentenceActors sa, int k) {
        ActorMention m = sa.at(k);
        if (m == null) {
            for (Token c : sa.tree().children(k)) {
                if ((c.rel().equals("compound") || c.rel().equals("amod")) && namesOwner(sa, c.index())) return true;
            }
            return false;
        }
        return m.kind() != ActorMention.Kind.AGENT && m.code() != null && (m.entity() == null || !m.entity().endsWith("_CAPITAL"));
    }

    /**
     * The clause verb whose adjunct phrase a noun trigger heads, when the clause's active subject does it ("hailed China
     * during a state visit to Beijing", "walked off the job in protest"): the {@code adjunct-nouns} with their
     * prepositions; -1 otherwise.
     */
    int adjunctHost(DependencyTree s, int noun) {
        Token t = s.token(noun);
        if (t.head() < 0 || !t.baseRel().equals("obl") || !conventions.has("adjunct-nouns", t.lemma().toLowerCase() + ":" + s.caseOf(noun))) return -1;
        Token v = s.token(t.head());
        if (!v.isVerb() || s.child(v.index(), "nsubj:pass") >= 0 || s.child(v.index(), "nsubj") < 0) return -1;
        return v.index();
    }

    /** The first word of the phrase headed at {@code n} that comes before it ("the" of "the move"). */
    private static int phraseStart(DependencyTree s, int n) {
        int start = n;
        for (int k = n - 1; k >= 0 && s.dominates(n, k); k--) start = k;
        return start;
    }

    /** Whether a comma comes right before word {@code k}: the phrase starting there is set off. */
    private static boolean commaBefore(DependencyTree s, int k) {
        return k > 0 && s.token(k - 1).word().equals(",");
    }

    /** Relations of a noun set off after a clause: "..., a move Israel condemned". */
    private static final java.util.Set<String> APPOSED = java.util.Set.of("appos", "obl:npmod", "nmod:npmod", "dep", "parataxis");

    /**
     * The subjects of the clause that a move noun stands for, when the trigger reacts to it ("Spain recognised a
     * Palestinian state, a move Israel condemned", "..., a step welcomed by Paris"): the trigger is a clause on one of
     * the {@code move-nouns}, which is set off by a comma after the clause; empty otherwise (rule move-apposition).
     */
    List<Integer> moveDoers(DependencyTree s, int trigger, List<String> notes) {
        Token t = s.token(trigger);
        if (t.head() < 0 || !(t.rel().startsWith("acl") || t.rel().equals("dep"))) return List.of();
        for (Token c : s.children(trigger)) {
            if (c.rel().equals("obj") && !c.pos().startsWith("W")) return List.of(); // "a move that angered China"
        }
        int n = t.head();
        int verb;
        int subject = s.child(trigger, "nsubj");
        if (subject >= 0 && t.pos().equals("VBN") && (t.rel().equals("dep") || t.rel().equals("parataxis"))
                && conventions.has("move-nouns", s.token(subject).lemma().toLowerCase())) {
            // "Iran freed them, a move welcomed by Paris" parsed with the move as the participle's subject
            n = subject;
            verb = t.head();
        } else {
            Token noun = s.token(n);
            // a second object after a comma is an apposition the parser missed ("released them on Friday, a move ...")
            boolean secondObject = noun.rel().equals("obj") && noun.head() >= 0 && s.child(noun.head(), "obj") < n;
            if (!noun.isNoun() || !conventions.has("move-nouns", noun.lemma().toLowerCase()) || !(APPOSED.contains(noun.rel()) || secondObject)
                    || noun.head() < 0) return List.of();
            verb = s.clauseVerb(noun.head());
        }
        Token noun = s.token(n);
        if (!commaBefore(s, phraseStart(s, n))) return List.of();
        if (verb < 0 || verb > n) return List.of();
        Args done = verb(s, verb, new ArrayList<>());
        if (done.subjects().isEmpty()) return List.of();
        notes.add("rule move-apposition: the '" + noun.word() + "' is what the subject of '" + s.token(verb).word() + "' did");
        return done.subjects();
    }

    /** The light verb whose object (or passive subject) the noun trigger is, or -1. */
    int lightVerb(DependencyTree s, int noun) {
        Token t = s.token(noun);
        if (t.head() < 0 || !(t.rel().equals("obj") || t.rel().equals("nsubj:pass"))) return -1;
        Token v = s.token(t.head());
        return v.isVerb() && conventions.has("light-verbs", v.lemma()) ? v.index() : -1;
    }
}
