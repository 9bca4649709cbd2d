package dyad.coder;

import dyad.model.Document;
import dyad.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the cases of {@code sentences.txt} and of every {@code cases/*.txt} beside it: sentences with the events they
 * must and must not give.
 */
class SentenceCasesTest {
    record Case(String file, String name, int line, LocalDate date, String text, List<String> expect, List<String> absent,
                boolean none) {
        @Override
        public String toString() {
            return name + " (" + file + ":" + line + ")";
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (InputStream in = SentenceCasesTest.class.getResourceAsStream("sentences.txt")) {
            out.addAll(cases("sentences.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        java.net.URL dir = SentenceCasesTest.class.getResource("cases");
        if (dir != null) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.addAll(cases("cases/" + f.getFileName(), java.nio.file.Files.readString(f)));
                }
            }
        }
        return out;
    }

    static List<Case> cases(String file, String all) {
        List<Case> out = new ArrayList<>();
        String[] lines = all.split("\n", -1);
        String name = null;
        int start = 0;
        LocalDate date = null;
        String text = null;
        List<String> expect = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        boolean none = false;
        for (int i = 0; i <= lines.length; i++) {
            String l = i < lines.length ? lines[i].strip() : "";
            if (l.startsWith("#")) continue;
            if (l.isEmpty()) {
                if (name != null) {
                    if (date == null || text == null) throw new IllegalStateException(file + ":" + start + ": case needs date and text");
                    out.add(new Case(file, name, start, date, text, expect, absent, none));
                }
                name = null;
                date = null;
                text = null;
                expect = new ArrayList<>();
                absent = new ArrayList<>();
                none = false;
                continue;
            }
            int sp = l.indexOf(' ');
            String key = sp < 0 ? l : l.substring(0, sp);
            String rest = sp < 0 ? "" : l.substring(sp + 1).strip();
            switch (key) {
                case "case" -> { name = rest; start = i + 1; }
                case "date" -> date = LocalDate.parse(rest);
                case "text" -> text = rest;
                case "expect" -> expect.add(rest);
                case "absent" -> absent.add(rest);
                case "none" -> none = true;
                default -> throw new IllegalStateException(file + ":" + (i + 1) + ": unknown key '" + key + "'");
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sentence(Case c) {
        // all events, flagged; an expectation without a flag matches only asserted events, as the default output has them
        List<Event> events = SharedCoder.keeping().code(new Document("case", c.text(), c.date(), null, null, null)).events();
        String got = events.stream().map(SentenceCasesTest::describe).collect(Collectors.joining("\n  "));
        if (c.none() && events.stream().anyMatch(SentenceCasesTest::asserted)) fail(c + ": expected no event, got\n  " + got);
        for (String e : c.expect()) {
            assertTrue(events.stream().anyMatch(ev -> matches(ev, e)), c + ": missing '" + e + "'; got\n  " + got);
        }
        for (String a : c.absent()) {
            assertTrue(events.stream().noneMatch(ev -> matches(ev, a)), c + ": unwanted '" + a + "'; got\n  " + got);
        }
    }

    static String describe(Event e) {
        StringBuilder b = new StringBuilder(e.source().code().code() + " " + (e.target() == null ? "-" : e.target().code().code())
                + " " + e.cameo().code() + "/" + e.cameo().ploverEvent() + " @" + e.date() + " '" + e.trigger().text() + "'");
        if (!e.cameo().ploverMode().isEmpty()) b.append(" mode=").append(e.cameo().ploverMode());
        for (String c : e.cameo().ploverContext()) b.append(" context=").append(c);
        for (String m : e.modality().names()) b.append(" +").append(m);
        if (e.negated()) b.append(" +negated");
        b.append(" [").append(e.evidence().pattern().split(" ")[0]).append("]");
        return b.toString();
    }

    /**
     * "SRC TGT WHAT [@date] [+hypothetical|+future|+historical|+negated] [mode=M] [context=C]": codes match exactly, or
     * by prefix when given as a country only ("IRN" matches IRNGOV); a flag, mode or context given must hold.
     */
    static boolean matches(Event e, String spec) {
        String[] f = spec.split("\\s+");
        boolean flagged = java.util.Arrays.stream(f).anyMatch(x -> x.startsWith("+"));
        if (!flagged && !asserted(e)) return false;
        if (!actor(f[0], e.source().code().code())) return false;
        String tgt = e.target() == null ? "-" : e.target().code().code();
        if (!f[1].equals("*") && !(f[1].equals("-") ? tgt.equals("-") : actor(f[1], tgt))) return false;
        String what = f[2];
        if (!what.equals("*")) {
            boolean code = Character.isDigit(what.charAt(0));
            if (code ? !e.cameo().code().equals(what) : !e.cameo().ploverEvent().equals(what)) return false;
        }
        for (int i = 3; i < f.length; i++) {
            String x = f[i];
            boolean ok = switch (x.charAt(0)) {
                case '@' -> e.date().toString().equals(x.substring(1));
                case '+' -> x.equals("+negated") ? e.negated() : e.modality().names().contains(x.substring(1));
                default -> x.startsWith("mode=") ? e.cameo().ploverMode().equals(x.substring(5))
                        : x.startsWith("context=") && e.cameo().ploverContext().contains(x.substring(8));
            };
            if (!ok) return false;
        }
        return true;
    }

    /** Neither negated nor hypothetical, future or historical: what the default output keeps. */
    static boolean asserted(Event e) {
        return !e.negated() && e.modality().names().isEmpty();
    }

    private static boolean actor(String want, String got) {
        if (want.equals("*")) return true;
        return want.length() == 3 ? got.startsWith(want) : got.equals(want);
    }
}
