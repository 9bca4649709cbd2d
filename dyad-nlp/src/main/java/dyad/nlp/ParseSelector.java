package dyad.nlp;

import dyad.model.AnnotatedSentence;

/** Decides, from a tagged sentence, whether it is worth the cost of NER and a dependency parse. */
@FunctionalInterface
public interface ParseSelector {
    ParseSelector ALL = s -> true;

    boolean worthParsing(AnnotatedSentence tagged);
}
