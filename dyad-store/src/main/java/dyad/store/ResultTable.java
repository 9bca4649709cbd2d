package dyad.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a report or query, with formatters: aligned text, CSV, TSV, JSON (an array of objects) and JSON
 * lines. Values are Java values: String, Long, Double, Boolean, LocalDate, List (for SQL lists), or null.
 */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
    public enum Format { TEXT, CSV, TSV, JSON, JSONL }

    public ResultTable {
        columns = List.copyOf(columns);
        // rows are wrapped, not copied: a report can hold a million of them
        rows = rows.stream().map(Collections::unmodifiableList).toList();
    }

    /** Reads every row of a result set. */
    public static ResultTable read(ResultSet r) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        int n = md.getColumnCount();
        List<String> cols = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) cols.add(md.getColumnLabel(i));
        Cell[] cells = new Cell[n];
        for (int i = 1; i <= n; i++) cells[i - 1] = cell(md.getColumnType(i));
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
            Object[] row = new Object[n];
            for (int i = 1; i <= n; i++) row[i - 1] = cells[i - 1].read(r, i);
            rows.add(java.util.Arrays.asList(row));
        }
        return new ResultTable(cols, rows);
    }

    /** Reads one cell; chosen once per column from its SQL type (typed getters are much cheaper than getObject). */
    private interface Cell {
        Object read(ResultSet r, int i) throws SQLException;
    }

    private static Cell cell(int sqlType) {
        return switch (sqlType) {
            case java.sql.Types.BIGINT, java.sql.Types.INTEGER, java.sql.Types.SMALLINT, java.sql.Types.TINYINT -> (r, i) -> {
                long v = r.getLong(i);
                return r.wasNull() ? null : (Object) v;
            };
            case java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL -> (r, i) -> {
                double v = r.getDouble(i);
                return r.wasNull() ? null : (Object) v;
            };
            case java.sql.Types.VARCHAR -> ResultSet::getString;
            default -> (r, i) -> javaValue(r.getObject(i));
        };
    }

    private static Object javaValue(Object v) throws SQLException {
        if (v instanceof Array a) {
            Object arr = a.getArray();
            List<Object> out = new ArrayList<>();
            for (Object o : (Object[]) arr) out.add(javaValue(o));
            return out;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : b;
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof java.sql.Date d) return d.toLocalDate();
        return v;
    }

    public int size() {
        return rows.size();
    }

    /** The value in row {@code row} of the named column. */
    public Object get(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column + " in " + columns);
        return rows.get(row).get(c);
    }

    public String format(Format f) {
        return switch (f) {
            case TEXT -> toText();
            case CSV -> toDelimited(',');
            case TSV -> toDelimited('\t');
            case JSON -> toJson(false);
            case JSONL -> toJson(true);
        };
    }

    /** An aligned text table: numbers right-aligned, a header and a rule. */
    public String toText() {
        int n = columns.size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        Arrays.fill(numeric, true);
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) width[i] = columns.get(i).length();
        for (List<Object> row : rows) {
            String[] c = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = row.get(i);
                c[i] = text(v);
                width[i] = Math.max(width[i], c[i].length());
                if (v != null && !(v instanceof Number)) numeric[i] = false;
            }
            cells.add(c);
        }
        StringBuilder sb = new StringBuilder();
        line(sb, columns.toArray(new String[0]), width, numeric);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append("  ");
            sb.append("-".repeat(width[i]));
        }
        sb.append('\n');
        for (String[] c : cells) line(sb, c, width, numeric);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] c, int[] width, boolean[] numeric) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            if (i > 0) l.append("  ");
            String pad = " ".repeat(width[i] - c[i].length());
            if (numeric[i]) l.append(pad).append(c[i]);
            else l.append(c[i]).append(pad);
        }
        int end = l.length();
        while (end > 0 && l.charAt(end - 1) == ' ') end--;
        sb.append(l, 0, end).append('\n');
    }

    /** CSV (RFC 4180 quoting) or TSV (tabs and newlines in values become spaces), with a header. */
    public String toDelimited(char sep) {
        StringBuilder sb = new StringBuilder();
        row(sb, new ArrayList<>(columns), sep);
        for (List<Object> r : rows) row(sb, r, sep);
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<?> values, char sep) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(sep);
            String s = text(values.get(i));
            if (sep == '\t') {
                sb.append(s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
            } else if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append(sep == '\t' ? "\n" : "\r\n");
    }

    /** A value as text: null is empty, lists are joined with ';', doubles lose trailing zeros. */
    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return d.toString();
            BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
        }
        if (v instanceof BigDecimal b) {
            BigDecimal t = b.stripTrailingZeros();
            return t.scale() < 0 ? t.setScale(0).toPlainString() : t.toPlainString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            for (Object o : l) {
                if (!sb.isEmpty()) sb.append(';');
                sb.append(text(o));
            }
            return sb.toString();
        }
        return v.toString();
    }

    /** A JSON array of objects (pretty) or JSON lines (one object per row); keys in column order. */
    public String toJson(boolean lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            if (lines) {
                g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            } else {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                g.writeStartArray();
            }
            for (List<Object> r : rows) {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeFieldName(columns.get(i));
                    json(g, r.get(i));
                }
                g.writeEndObject();
            }
            if (!lines) g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
    }

    private static void json(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) g.writeNumber(d);
        else if (v instanceof BigInteger b) g.writeNumber(b);
        else if (v instanceof BigDecimal b) g.writeNumber(b);
        else if (v instanceof Number num) g.writeNumber(num.toString());
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) json(g, o);
            g.writeEndArray();
        } else g.writeString(v.toString());
    }
}
