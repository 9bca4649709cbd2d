/**
 * Scoring coded events against gold annotations: {@link dyad.eval.GoldSet} reads PLOVER JSON records or PETRARCH
 * validation XML, {@link dyad.eval.CodedEvents} reads Dyad's JSON lines, {@link dyad.eval.Scorer} aligns them per
 * document ({@link dyad.eval.Alignment}) and counts, {@link dyad.eval.TextReport} and {@link dyad.eval.HtmlReport}
 * print the {@link dyad.eval.Evaluation}. The matching rules are documented in {@code docs/eval.md}.
 */
package dyad.eval;
