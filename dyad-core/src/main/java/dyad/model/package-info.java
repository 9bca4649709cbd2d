/**
 * The records that flow between Dyad's stages: {@link dyad.model.Document} (ingest) ->
 * {@link dyad.model.CleanDocument} (clean) -> {@link dyad.model.AnnotatedSentence} (nlp) ->
 * {@link dyad.model.ActorMention} (actors) -> {@link dyad.model.Event} (events). Immutable data only.
 */
package dyad.model;
