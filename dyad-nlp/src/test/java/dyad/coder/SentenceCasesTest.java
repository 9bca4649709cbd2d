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

/** Runs the cases of {@code sentences.txt}: sentences with the events they must and must not give. */
class SentenceCasesTest {
    record Case(String name, int line, LocalDate date, String text, List<String> expect, List<String> absent, boolean none) {
        @Override
        public String toString() {
            return name + " (sentences.txt:" + line + ")";
        }
    }

    static List<Case> cases() throws IOException {
        String all;
        try (InputStream in = SentenceCasesTest.class.getResourceAsStream("sentences.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
                    if (date == null || text == null) throw new IllegalStateException("sentences.txt:" + start + ": case needs date and text");
                    out.add(new Case(name, start, date, text, expect, absent, none));
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
                default -> throw new IllegalStateException("sentences.txt:" + (i + 1) + ": unknown key '" + key + "'");
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sentence(Case c) {
        List<Event> events = SharedCoder.get().code(new Document("case", c.text(), c.date(), null, null, null)).events();
        String got = events.stream().map(SentenceCasesTest::describe).collect(Collectors.joining("\n  "));
        if (c.none() && !events.isEmpty()) fail(c + ": expected no event, got\n  " + got);
        for (String e : c.expect()) {
            assertTrue(events.stream().anyMatch(ev -> matches(ev, e)), c + ": missing '" + e + "'; got\n  " + got);
        }
        for (String a : c.absent()) {
            assertTrue(events.stream().noneMatch(ev -> matches(ev, a)), c + ": unwanted '" + a + "'; got\n  " + got);
        }
    }

    static String describe(Event e) {
        return e.source().code().code() + " " + (e.target() == null ? "-" : e.target().code().code()) + " "
                + e.cameo().code() + "/" + e.cameo().ploverEvent() + " @" + e.date() + " '" + e.trigger().text() + "'";
    }

    /** "SRC TGT WHAT [@date]": codes match exactly, or by prefix when given as a country only ("IRN" matches IRNGOV). */
    static boolean matches(Event e, String spec) {
        String[] f = spec.split("\\s+");
        if (!actor(f[0], e.source().code().code())) return false;
        String tgt = e.target() == null ? "-" : e.target().code().code();
        if (!f[1].equals("*") && !(f[1].equals("-") ? tgt.equals("-") : actor(f[1], tgt))) return false;
        String what = f[2];
        if (!what.equals("*")) {
            boolean code = Character.isDigit(what.charAt(0));
            if (code ? !e.cameo().code().equals(what) : !e.cameo().ploverEvent().equals(what)) return false;
        }
        return f.length < 4 || e.date().toString().equals(f[3].substring(1));
    }

    private static boolean actor(String want, String got) {
        if (want.equals("*")) return true;
        return want.length() == 3 ? got.startsWith(want) : got.equals(want);
    }
}
