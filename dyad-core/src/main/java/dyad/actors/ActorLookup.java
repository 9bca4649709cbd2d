package dyad.actors;

import dyad.model.ActorCode;
import dyad.model.ActorMention;
import dyad.model.ActorMention.Kind;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a name or short phrase ("President Vladimir Putin", "Iran's armed forces", "the president of Russia")
 * to a code on a date, and says why: the dictionary editor's tool ({@code dyad actors resolve}) and the engine of
 * the dictionary test table. Works without a parser: a title before a name is ignored, an adjective, possessive or
 * name before an agent word or an "of"/"for" phrase after it gives the agent its country.
 */
public final class ActorLookup {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d.]*(?:['\u2019](?!s\\b)[\\p{L}\\p{M}]+)*|['\u2019]s\\b|\\S");

    private final ActorDictionary dictionary;
    private final ActorResolver resolver;

    public ActorLookup(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.resolver = new ActorResolver(dictionary);
    }

    /**
     * What a phrase resolved to.
     *
     * @param code     the code, or null when nothing in the dictionaries matched
     * @param mentions the dictionary mentions found, in order
     * @param steps    the explanation, one line per step
     */
    public record Lookup(ActorCode code, List<ActorMention> mentions, List<String> steps) {
    }

    public Lookup resolve(String phrase, LocalDate date) {
        AnnotatedSentence s = tokens(phrase);
        List<ActorMention> ms = dictionary.matcher().find(s, date);
        List<String> steps = new ArrayList<>();
        for (ActorMention m : ms) steps.add(describe(m, date));
        if (ms.isEmpty()) {
            steps.add("no dictionary name or agent word in '" + phrase + "'");
            return new Lookup(null, ms, steps);
        }
        ActorMention last = ms.get(ms.size() - 1);
        ActorCode code;
        if (last.kind() == Kind.AGENT) {
            ActorMention owner = ownerBefore(s, ms, ms.size() - 1);
            if (owner != null && owner.code() != null) {
                code = last.code() == null ? owner.code() : resolver.compose(owner.code(), last);
                steps.add("agent '" + last.span().text() + "' takes its country from '" + owner.span().text() + "' -> " + code.code());
            } else if (last.code() != null) {
                code = last.code();
                steps.add("agent '" + last.span().text() + "' without a country -> " + code.code());
            } else {
                steps.add("'" + last.span().text() + "' takes the code of what it belongs to, and nothing is named");
                return new Lookup(null, ms, steps);
            }
        } else {
            ActorMention agent = agentBeforeOf(s, ms, ms.size() - 1);
            code = last.code();
            if (agent != null && agent.code() != null && last.kind() != Kind.ENTITY) {
                code = resolver.compose(last.code(), agent);
                steps.add("'" + agent.span().text() + " of " + last.span().text() + "' -> " + code.code());
            } else {
                if (ms.size() > 1) steps.add("the name '" + last.span().text() + "' decides; titles before it are not needed");
            }
        }
        steps.add("=> " + code.code());
        return new Lookup(code, ms, steps);
    }

    private String describe(ActorMention m, LocalDate date) {
        Entry e = dictionary.entry(m.entity());
        StringBuilder b = new StringBuilder("'" + m.span().text() + "': " + m.kind().name().toLowerCase() + " " + e.id()
                + " (" + e.source() + ")");
        if (e.inherits()) return b.append(", takes its owner's code").toString();
        Entry.Resolution r = e.codeOn(date);
        b.append(" -> ").append(r.code().code());
        if (!r.range().undated()) {
            b.append(r.nearest() ? ", no range covers " + date + ": country only (nearest range " + r.range() + ")"
                    : ", range " + r.range() + " covers " + date);
        }
        if (e.codes().size() > 1) b.append("; all codes: ").append(e.codes());
        return b.toString();
    }

    /** "Iran's armed forces", "Syrian troops", "Kremlin spokesman": a name right before the agent (the/'s between). */
    private static ActorMention ownerBefore(AnnotatedSentence s, List<ActorMention> ms, int i) {
        if (i == 0) return null;
        ActorMention prev = ms.get(i - 1);
        if (prev.kind() == Kind.AGENT) return i > 1 && adjacent(s, prev, ms.get(i)) ? ownerBefore(s, ms, i - 1) : null;
        return adjacent(s, prev, ms.get(i)) ? prev : null;
    }

    /** For a name at i, an agent before it joined by "of"/"for": "President of Russia" -> the agent. */
    private static ActorMention agentBeforeOf(AnnotatedSentence s, List<ActorMention> ms, int i) {
        if (i == 0) return null;
        ActorMention agent = ms.get(i - 1);
        if (agent.kind() != Kind.AGENT) return null;
        int k = agent.endToken();
        int end = ms.get(i).startToken();
        boolean of = false;
        for (; k < end; k++) {
            String w = s.token(k).word().toLowerCase();
            if (w.equals("of") || w.equals("for")) of = true;
            else if (!w.equals("the")) return null;
        }
        return of ? agent : null;
    }

    /** Joined by 's, "the", a hyphen, or up to two lower-case modifiers ("Bangladesh's interim government"). */
    private static boolean adjacent(AnnotatedSentence s, ActorMention a, ActorMention b) {
        int modifiers = 0;
        for (int k = a.endToken(); k < b.startToken(); k++) {
            String word = s.token(k).word();
            String w = word.toLowerCase();
            if (w.equals("'s") || w.equals("\u2019s") || w.equals("the") || w.equals("-")) continue;
            if (Character.isLowerCase(word.charAt(0)) && !w.equals("of") && !w.equals("and") && ++modifiers <= 2) continue;
            return false;
        }
        return true;
    }

    /** Tokens the way CoreNLP would make them, closely enough for names: hyphens and 's split off. */
    static AnnotatedSentence tokens(String phrase) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(phrase);
        while (m.find()) {
            String w = m.group();
            String lemma = lemma(w);
            String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            out.add(new Token(out.size(), w, lemma, pos, "O", m.start(), m.end(), Token.UNPARSED, ""));
        }
        return new AnnotatedSentence(0, phrase, 0, phrase.length(), out, false);
    }

    /** A plural's singular, enough for agent words ("presidents", "militias", "armed forces" keep working). */
    static String lemma(String w) {
        String l = w.toLowerCase();
        if (l.length() > 4 && l.endsWith("ies")) return l.substring(0, l.length() - 3) + "y";
        if (l.length() > 4 && (l.endsWith("ches") || l.endsWith("shes") || l.endsWith("sses") || l.endsWith("xes"))) return l.substring(0, l.length() - 2);
        if (l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us")) return l.substring(0, l.length() - 1);
        return l;
    }
}
