package dyad.actors;

import dyad.model.ActorMention;
import dyad.model.AnnotatedSentence;
import dyad.model.DependencyTree;

import java.util.List;

/**
 * A sentence with its dictionary mentions, indexed by token, and its dependency tree (built once, shared by the
 * stages that walk it).
 */
public record SentenceActors(AnnotatedSentence sentence, List<ActorMention> mentions, ActorMention[] byToken,
                             DependencyTree tree) {
    public static SentenceActors of(AnnotatedSentence sentence, List<ActorMention> mentions) {
        ActorMention[] at = new ActorMention[sentence.size()];
        for (ActorMention m : mentions) {
            for (int i = m.startToken(); i < m.endToken(); i++) at[i] = m;
        }
        return new SentenceActors(sentence, List.copyOf(mentions), at, DependencyTree.of(sentence));
    }

    public ActorMention at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }
}
