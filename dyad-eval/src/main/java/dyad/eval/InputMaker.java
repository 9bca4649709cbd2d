package dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * The input {@code dyad code} needs to code a gold set's texts, so that its events link back by document id: JSON lines
 * ({@code id}, {@code date}, {@code text}, {@code url}) for PLOVER records; CoNLL-U with the records' own parses
 * ({@code # newdoc id}, {@code # date}) for PETRARCH validation records, for {@code dyad code --conllu}.
 */
public final class InputMaker {
    private final ObjectMapper mapper = new ObjectMapper();

    /** True when the gold carries parses, so {@link #input} writes CoNLL-U rather than JSON lines. */
    public static boolean writesConllU(GoldSet gold) {
        return gold.records().stream().allMatch(r -> r.conllu() != null);
    }

    /** The input for the records of one split (all for null), in gold order. */
    public String input(GoldSet gold, String split) {
        StringBuilder b = new StringBuilder();
        boolean conllu = writesConllU(gold);
        for (GoldRecord r : gold.records(split)) {
            if (conllu) {
                b.append("# newdoc id = ").append(r.id()).append('\n');
                if (r.date() != null) b.append("# date = ").append(r.date()).append('\n');
                b.append("# text = ").append(r.text()).append('\n').append(r.conllu()).append('\n');
            } else {
                ObjectNode n = mapper.createObjectNode();
                n.put("id", r.id());
                if (r.date() != null) n.put("date", r.date().toString());
                n.put("text", r.text());
                if (r.url() != null) n.put("url", r.url());
                try {
                    b.append(mapper.writeValueAsString(n)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return b.toString();
    }
}
