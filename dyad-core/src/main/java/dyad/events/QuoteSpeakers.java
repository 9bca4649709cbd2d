package dyad.events;

import dyad.actors.ActorResolver;
import dyad.actors.DocumentMemory;
import dyad.actors.SentenceActors;
import dyad.model.Actor;
import dyad.model.ActorMention;
import dyad.model.AnnotatedSentence;
import dyad.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Who speaks in a sentence that quotes someone: the subject of a verb of saying outside the quotation marks
 * ("'We will respond,' the army said"; "Lam said, 'I ...'"), found in the parse or, in a sentence that was not parsed,
 * next to the verb. A sentence that continues a quotation without naming its speaker takes the speaker of the sentence
 * before it, or of the one after it ("... for years." / "'We will not stop,' he added."). "I" and "we" inside the
 * quotation are that speaker ({@link DocumentMemory#speaker}). Stateless.
 */
final class QuoteSpeakers {
    private static final Set<String> OPEN = Set.of("``", "\u201c", "\"");
    private static final Set<String> CLOSE = Set.of("''", "\u201d", "\"");

    private final ActorResolver resolver;
    private final Conventions words;

    QuoteSpeakers(ActorResolver resolver, Conventions words) {
        this.resolver = resolver;
        this.words = words;
    }

    /** Which tokens are inside quotation marks; {@code open}: the sentence starts inside a quotation. */
    static boolean[] quoted(AnnotatedSentence s, boolean open) {
        boolean[] in = new boolean[s.size()];
        boolean inside = open;
        for (Token t : s.tokens()) {
            String w = t.word();
            if (OPEN.contains(w) && !inside) {
                inside = true;
            } else if (CLOSE.contains(w) && inside) {
                inside = false;
            } else {
                in[t.index()] = inside;
            }
        }
        return in;
    }

    /** Whether a quotation is still open at the end of the sentence. */
    static boolean endsOpen(AnnotatedSentence s, boolean open) {
        boolean inside = open;
        for (Token t : s.tokens()) {
            String w = t.word();
            if (OPEN.contains(w) && !inside) inside = true;
            else if (CLOSE.contains(w) && inside) inside = false;
        }
        return inside;
    }

    static boolean any(boolean[] quoted) {
        for (boolean b : quoted) if (b) return true;
        return false;
    }

    /** The speaker named in the sentence outside its quotation, or null. */
    DocumentMemory.Remembered speaker(SentenceActors sa, boolean[] quoted, DocumentMemory memory) {
        AnnotatedSentence s = sa.sentence();
        for (Token t : s.tokens()) {
            if (quoted[t.index()] || !t.isVerb() || !words.has("reporting-verbs", t.lemma())) continue;
            if (s.parsed()) {
                int subj = sa.tree().child(t.index(), "nsubj");
                if (subj >= 0 && !quoted[subj]) {
                    List<Actor> found = resolver.resolve(sa, subj, memory, Set.of());
                    if (!found.isEmpty()) return remembered(found.get(0));
                }
            }
            for (int k : new int[]{t.index() - 1, t.index() - 2, t.index() + 1, t.index() + 2}) {
                ActorMention m = sa.at(k);
                if (k < 0 || k >= s.size() || quoted[k] || m == null || m.code() == null || m.kind() == ActorMention.Kind.AGENT) continue;
                return new DocumentMemory.Remembered(m.code(), m.span().text(), m.entity());
            }
        }
        return null;
    }

    private static DocumentMemory.Remembered remembered(Actor a) {
        return new DocumentMemory.Remembered(a.code(), a.text(), a.entity());
    }
}
