package dyad.petrarch;

import dyad.ingest.TextFile;
import dyad.model.DataFileException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The code a negated event takes, from a PETRARCH Internal Coding Ontology (PICO) file: lines {@code CODE:VALUE}
 * where VALUE is a hexadecimal number, or a sum of them ({@code -0xFFFF+0x0200}); text after {@code #} is a
 * comment. PETRARCH writes "not X" as X's value minus 0xFFFF, so 110 (disapprove, 0x1007F = 0xFFFF + 0x80) negated is
 * 050 (0x80), 080 (yield, 0x200) negated is 124 (-0xFFFF + 0x200); a negation with no code of its own gives none.
 */
public final class CodeNegation implements UnaryOperator<String> {
    private static final int NOT = 0xFFFF;

    private final Map<String, Integer> values;
    private final Map<Integer, String> codes;

    private CodeNegation(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
        Map<Integer, String> byValue = new HashMap<>();
        for (Map.Entry<String, Integer> e : values.entrySet()) byValue.putIfAbsent(e.getValue(), e.getKey());
        this.codes = Map.copyOf(byValue);
    }

    /** Reads a PICO file; a malformed line is an error naming file:line. */
    public static CodeNegation read(String file, String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (TextFile.Line line : TextFile.contentLines(text)) {
            String l = line.text();
            int colon = l.indexOf(':');
            if (colon <= 0) throw new DataFileException(file, line.number(), "expected CODE:VALUE, found '" + l + "'");
            String code = l.substring(0, colon).strip();
            if (code.equals("---")) continue;
            try {
                values.putIfAbsent(code, value(l.substring(colon + 1).strip()));
            } catch (NumberFormatException e) {
                throw new DataFileException(file, line.number(), "value '" + l.substring(colon + 1).strip() + "' is not a sum of hexadecimal numbers");
            }
        }
        return new CodeNegation(values);
    }

    /** "-0xFFFF+0x2040+0x300" -> its value. */
    static int value(String expr) {
        int total = 0;
        int i = 0;
        String e = expr.replace(" ", "");
        if (e.isEmpty()) throw new NumberFormatException("empty");
        while (i < e.length()) {
            int sign = 1;
            if (e.charAt(i) == '+' || e.charAt(i) == '-') {
                sign = e.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            int j = i;
            while (j < e.length() && e.charAt(j) != '+' && e.charAt(j) != '-') j++;
            String num = e.substring(i, j);
            if (!num.toLowerCase().startsWith("0x") && !num.equals("0")) throw new NumberFormatException(num);
            total += sign * (num.equals("0") ? 0 : Integer.parseInt(num.substring(2), 16));
            i = j;
        }
        return total;
    }

    /** The code of the negated event, or null when the table has none. */
    @Override
    public String apply(String code) {
        Integer v = values.get(code);
        if (v == null) return null;
        int negated = v > 0 ? v - NOT : v + NOT;
        return codes.get(negated);
    }

    public int size() {
        return values.size();
    }
}
