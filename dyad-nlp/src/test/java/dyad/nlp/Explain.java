package dyad.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.coder.Coder;
import dyad.coder.CoderConfig;
import dyad.events.EventStage;
import dyad.model.AnnotatedSentence;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A developer's tool, not a test: codes the documents of a JSON lines file (or the records of a gold file, with
 * their gold events) and prints, per sentence, its parse, the events (flagged ones too) and every pattern that fired
 * without giving an event, with the reason. {@code java -cp "$(cat dyad-cli/target/classpath.txt):dyad-nlp/target/test-classes"
 * dyad.nlp.Explain FILE [ID...]}
 */
public class Explain {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> only = Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
        List<JsonNode> docs = new ArrayList<>();
        String all = Files.readString(Path.of(args[0]));
        if (all.stripLeading().startsWith("[")) json.readTree(all).forEach(docs::add);
        else for (String l : all.split("\n")) if (!l.isBlank()) docs.add(json.readTree(l));
        CoderConfig config = CoderConfig.defaults().withKeepModal(true).withKeepNegated(true);
        Coder coder = new Coder(config);
        EventStage stage = new EventStage(config.actors(), config.patterns(), config.ontology(), true, true);
        for (JsonNode d : docs) {
            String id = d.get("id").asText();
            if (!only.isEmpty() && only.stream().noneMatch(id::startsWith)) continue;
            LocalDate date = LocalDate.parse(d.path("date").asText("2019-01-01"));
            Document doc = new Document(id, d.get("text").asText(), date, null, null, null);
            System.out.println("=== " + id + ": " + d.get("text").asText());
            if (d.has("events")) {
                for (JsonNode e : d.get("events")) {
                    System.out.println("  gold " + e.path("event").asText() + " " + e.path("cameo").asText() + " " + codes(e.get("source")) + " -> " + codes(e.get("target")));
                }
            }
            for (Event e : coder.code(doc).events()) {
                System.out.println("  coded " + e.cameo().ploverEvent() + " " + e.cameo().code() + " " + e.source().code().code()
                        + " (" + e.source().text() + ") -> " + (e.target() == null ? "-" : e.target().code().code() + " (" + e.target().text() + ")")
                        + " '" + e.trigger().text() + "'" + (e.negated() ? " +negated" : "") + " " + e.modality().names()
                        + " [" + e.evidence().pattern().split(" ")[0] + "] " + e.evidence().notes());
            }
            List<AnnotatedSentence> sentences = coder.annotate(doc);
            stage.code(id, sentences, date, (s, k, p, why) -> System.out.println("  fired " + p.id() + " (" + p.code() + ") at '"
                    + s.token(k).word() + "' (s" + s.index() + "): " + why));
            for (AnnotatedSentence s : sentences) {
                if (!s.parsed()) {
                    System.out.println("  s" + s.index() + " not parsed");
                    continue;
                }
                StringBuilder b = new StringBuilder("  s" + s.index() + ":");
                for (Token t : s.tokens()) {
                    b.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.pos()).append('>')
                            .append(t.head()).append(':').append(t.rel());
                }
                System.out.println(b);
            }
        }
    }

    private static String codes(JsonNode actors) {
        if (actors == null || actors.isEmpty()) return "-";
        List<String> out = new ArrayList<>();
        for (JsonNode a : actors) out.add(a.path("code").asText() + (a.path("inferred").asBoolean() ? "*" : "") + " (" + a.path("actorText").asText() + ")");
        return String.join(", ", out);
    }
}
