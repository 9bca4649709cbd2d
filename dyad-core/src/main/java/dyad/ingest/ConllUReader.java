package dyad.ingest;

import dyad.model.AnnotatedSentence;
import dyad.model.DataFileException;
import dyad.model.Token;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads CoNLL-U parses that users bring (UD v1 or v2) into annotated sentences, so the event coder can run on
 * them without CoreNLP. {@code # newdoc id = X} starts a document (else the file is one document named by the
 * caller); {@code # date = YYYY-MM-DD} dates it. Multiword-token and empty-node lines are skipped. UD v1 relations are
 * mapped to v2 ({@code dobj}->{@code obj}, {@code nsubjpass}->{@code nsubj:pass}, a verb's {@code nmod}->{@code obl}...).
 * The document text is rebuilt from the tokens (a space between tokens unless {@code SpaceAfter=No}); offsets refer to it.
 */
public final class ConllUReader {

    /** One document of a CoNLL-U file. */
    public record ParsedDocument(String id, LocalDate date, String text, List<AnnotatedSentence> sentences, String origin) {
    }

    /**
     * Reads CoNLL-U files in order, each document as an {@link InputItem.Parsed}; a file that cannot be read or parsed
     * is one {@link InputItem.Skipped} with the reason (file:line where there is one).
     */
    public void read(List<Path> files, Consumer<InputItem> sink) {
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<ParsedDocument> docs;
            try {
                docs = read(file.toString(), name, TextFile.read(file, "CoNLL-U file"));
            } catch (DataFileException | UncheckedIOException e) {
                sink.accept(new InputItem.Skipped(file.toString(), name, e.getMessage()));
                continue;
            }
            for (ParsedDocument d : docs) sink.accept(new InputItem.Parsed(d));
        }
    }

    public List<ParsedDocument> read(String file, String defaultId, String content) {
        List<ParsedDocument> docs = new ArrayList<>();
        Doc cur = new Doc(defaultId, file + ":1");
        List<String[]> rows = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String l = i < lines.length ? lines[i] : "";
            int no = i + 1;
            if (l.isBlank()) {
                if (!rows.isEmpty()) {
                    cur.add(rows, file, no);
                    rows = new ArrayList<>();
                }
                continue;
            }
            if (l.startsWith("#")) {
                String c = l.substring(1).strip();
                if (c.startsWith("newdoc id")) {
                    if (!cur.sentences.isEmpty()) docs.add(cur.done());
                    cur = new Doc(value(c), file + ":" + no);
                } else if (c.startsWith("date")) {
                    try {
                        cur.date = LocalDate.parse(value(c));
                    } catch (DateTimeParseException e) {
                        throw new DataFileException(file, no, "bad date '" + value(c) + "' (want YYYY-MM-DD)");
                    }
                }
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != 10) throw new DataFileException(file, no, "a CoNLL-U token line has 10 tab-separated fields, this one " + f.length);
            if (f[0].contains("-") || f[0].contains(".")) continue; // multiword token or empty node
            rows.add(f);
            rows.get(rows.size() - 1)[9] = f[9] + "\u0000" + no; // remember the line for errors
        }
        if (!cur.sentences.isEmpty()) docs.add(cur.done());
        return docs;
    }

    private static String value(String comment) {
        int eq = comment.indexOf('=');
        return eq < 0 ? "" : comment.substring(eq + 1).strip();
    }

    /** UD v1 relation names as v2; a verb's nominal modifier is an oblique in v2. */
    static String v2(String rel, boolean headIsVerb) {
        return switch (rel) {
            case "dobj" -> "obj";
            case "nsubjpass" -> "nsubj:pass";
            case "csubjpass" -> "csubj:pass";
            case "auxpass" -> "aux:pass";
            case "name" -> "flat";
            case "mwe" -> "fixed";
            case "neg" -> "advmod";
            case "nmod" -> headIsVerb ? "obl" : "nmod";
            case "nmod:tmod" -> headIsVerb ? "obl:tmod" : "nmod:tmod";
            case "nmod:npmod" -> headIsVerb ? "obl:npmod" : "nmod:npmod";
            case "nmod:agent" -> "obl:agent";
            default -> rel;
        };
    }

    private static final class Doc {
        final String id;
        final String origin;
        LocalDate date;
        final StringBuilder text = new StringBuilder();
        final List<AnnotatedSentence> sentences = new ArrayList<>();

        Doc(String id, String origin) {
            this.id = id;
            this.origin = origin;
        }

        void add(List<String[]> rows, String file, int endLine) {
            if (text.length() > 0) text.append('\n');
            int start = text.length();
            List<Token> tokens = new ArrayList<>();
            int n = rows.size();
            int[] heads = new int[n];
            String[] upos = new String[n];
            for (int k = 0; k < n; k++) {
                String[] f = rows.get(k);
                int line = Integer.parseInt(f[9].substring(f[9].indexOf('\u0000') + 1));
                try {
                    if (Integer.parseInt(f[0]) != k + 1) throw new DataFileException(file, line, "token ids must count 1, 2, 3...");
                    heads[k] = f[6].equals("_") ? -1 : Integer.parseInt(f[6]) - 1;
                } catch (NumberFormatException e) {
                    throw new DataFileException(file, line, "token id and head must be numbers");
                }
                if (heads[k] >= n) throw new DataFileException(file, line, "head " + (heads[k] + 1) + " is past the end of the sentence");
                upos[k] = f[3];
            }
            for (int k = 0; k < n; k++) {
                String[] f = rows.get(k);
                String misc = f[9].substring(0, f[9].indexOf('\u0000'));
                int s = text.length();
                text.append(f[1]);
                String pos = f[4].equals("_") ? f[3] : f[4];
                boolean headVerb = heads[k] >= 0 && (upos[heads[k]].equals("VERB") || upos[heads[k]].equals("AUX")
                        || rows.get(heads[k])[4].startsWith("VB"));
                String rel = heads[k] < 0 ? "root" : v2(f[7], headVerb);
                tokens.add(new Token(k, f[1], f[2].equals("_") ? f[1] : f[2], pos, "O", s, text.length(),
                        heads[k] < 0 ? Token.ROOT : heads[k], rel));
                if (k < n - 1 && !misc.contains("SpaceAfter=No")) text.append(' ');
            }
            sentences.add(new AnnotatedSentence(sentences.size(), text.substring(start), start, text.length(), tokens, true));
        }

        ParsedDocument done() {
            return new ParsedDocument(id, date, text.toString(), List.copyOf(sentences), origin);
        }
    }
}
