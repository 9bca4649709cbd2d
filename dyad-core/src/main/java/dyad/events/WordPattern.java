package dyad.events;

import java.util.List;
import java.util.Locale;

/**
 * Conditions on the words around a trigger, as PETRARCH and TABARI verb patterns write them
 * ({@code - * {DIPLOMATIC TIES} (WITH +) [050]}). Elements before the verb are looked for in its subjects and in
 * the prepositional phrases before it; elements after it in its verb phrase (objects, prepositional phrases,
 * infinitives with "to", not clausal complements); both in text order, other words may come between them.
 * {@link WordPatternMatcher} does the matching.
 *
 * @param before       elements before the trigger, left to right
 * @param after        elements after the trigger, left to right
 * @param joinedBefore words that stand right before the trigger, lower case (the first part of a multi-word verb: "wire tap")
 * @param joinedAfter  words right after it ("cordon off")
 */
public record WordPattern(List<Element> before, List<Element> after, List<String> joinedBefore, List<String> joinedAfter) {
    public WordPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        joinedBefore = List.copyOf(joinedBefore);
        joinedAfter = List.copyOf(joinedAfter);
    }

    /**
     * How specific the pattern can be: the words and actor places it names, counting the longest member of a synonym
     * set (a match counts what it found: {@link WordPatternMatcher.Match#words()}).
     */
    public int words() {
        int n = joinedBefore.size() + joinedAfter.size();
        for (Element e : before) n += e.words();
        for (Element e : after) n += e.words();
        return n;
    }

    /** Whether the pattern says where the source or target is, or asks for a compound ({@code $ + %}). */
    public boolean hasRoles() {
        return before.stream().anyMatch(Element::hasRoles) || after.stream().anyMatch(Element::hasRoles);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (String w : joinedBefore) b.append(w).append('_');
        for (Element e : before) b.append(e).append(' ');
        b.append('*');
        for (String w : joinedAfter) b.append('_').append(w);
        for (Element e : after) b.append(' ').append(e);
        return b.toString();
    }

    /** One element of a word pattern. */
    public sealed interface Element permits Word, AnyOf, Phrase, Prep, Role {
        /** Words named, for specificity. */
        int words();

        default boolean hasRoles() {
            return false;
        }
    }

    /**
     * A word, matched by its written form or (unless {@code exact}) its lemma or plural.
     *
     * @param text  lower case
     * @param exact match the written form only (PETRARCH's "WORD_")
     */
    public record Word(String text, boolean exact) implements Element {
        public Word {
            text = text.toLowerCase(Locale.ROOT);
        }

        @Override
        public int words() {
            return 1;
        }

        @Override
        public String toString() {
            return text.toUpperCase(Locale.ROOT) + (exact ? "_" : "");
        }
    }

    /**
     * One of several elements: a synonym set ({@code &CURRENCY}).
     *
     * @param name    the set's name, for display
     * @param choices its members
     */
    public record AnyOf(String name, List<Element> choices) implements Element {
        public AnyOf {
            choices = List.copyOf(choices);
        }

        /** At most the words of the longest member ("AUSTRIAN GOLD FLORIN": 3); a match counts the member it found. */
        @Override
        public int words() {
            int n = 1;
            for (Element c : choices) n = Math.max(n, c.words());
            return n;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A noun phrase ({@code {NEW &TIETYPES RELATIONS}}): a head with modifiers inside its phrase, in order, the last
     * one right before the head ("new economic relations", "new global economic relations", not "economic trade
     * relations").
     */
    public record Phrase(List<Element> modifiers, Element head) implements Element {
        public Phrase {
            modifiers = List.copyOf(modifiers);
        }

        @Override
        public int words() {
            int n = head.words();
            for (Element m : modifiers) n += m.words();
            return n;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("{");
            for (Element m : modifiers) b.append(m).append(' ');
            return b.append(head).append('}').toString();
        }
    }

    /**
     * A prepositional phrase ({@code (WITH +)}, {@code (OF &MILITARY)}, {@code (TO QUESTION)}): a word whose case
     * marker (or "to" of an infinitive) is the preposition, with the objects inside its phrase; with no objects also a
     * particle of the verb ("burn down").
     *
     * @param prepositions the preposition (TABARI's "BY/WITH": either), lower case
     * @param objects      elements inside the phrase, in order
     */
    public record Prep(List<String> prepositions, List<Element> objects) implements Element {
        public Prep {
            prepositions = prepositions.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
            objects = List.copyOf(objects);
        }

        public boolean accepts(String word) {
            return prepositions.contains(word.toLowerCase(Locale.ROOT));
        }

        @Override
        public int words() {
            int n = 1;
            for (Element o : objects) n += o.words();
            return n;
        }

        @Override
        public boolean hasRoles() {
            return objects.stream().anyMatch(Element::hasRoles);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("(").append(String.join("/", prepositions).toUpperCase(Locale.ROOT));
            for (Element o : objects) b.append(' ').append(o);
            return b.append(')').toString();
        }
    }

    /** An actor's place: {@code $} the source, {@code +} the target, {@code ^} an actor to pass over, {@code %} a compound. */
    public record Role(Kind kind) implements Element {
        public enum Kind { SOURCE, TARGET, SKIP, COMPOUND }

        /** A place for the source, target or a compound is a condition too ("% * TALKS" before "* TALKS"). */
        @Override
        public int words() {
            return kind == Kind.SKIP ? 0 : 1;
        }

        @Override
        public boolean hasRoles() {
            return kind != Kind.SKIP;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case SOURCE -> "$";
                case TARGET -> "+";
                case SKIP -> "^";
                case COMPOUND -> "%";
            };
        }
    }
}
