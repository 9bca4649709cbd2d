package dyad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dyad.coder.Coder;
import dyad.coder.DocumentResult;
import dyad.geo.GeoResult;
import dyad.geo.Place;
import dyad.geo.Toponym;
import dyad.ingest.InputItem;
import dyad.ingest.InputReader;
import dyad.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dyad geo}: the places a document names and how each was resolved. */
@Command(name = "geo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find and resolve the places named in documents: each toponym, the gazetteer place chosen "
                + "(name, country, division, coordinates, GeoNames id), its score and why, and the runners-up.",
                "INPUT as for 'dyad code' (files, directories, .jsonl, '-' for stdin). In jsonl, one object per toponym "
                        + "with character offsets into the document text as given (before cleaning)."})
public final class GeoCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for documents that carry none (default: today).")
    LocalDate date;

    @Mixin
    CoderOptions coderOptions;

    @Parameters(paramLabel = "INPUT", description = "Files or directories; '-' for stdin.")
    List<String> inputs = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        }
        if (coderOptions.noGeo) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--no-geo leaves nothing to do");
        List<String> in = CodeCommand.existingInputs(spec, inputs);
        Coder coder = new Coder(coderOptions.config());
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        JsonGenerator json = format.equals("jsonl") ? jsonl(out) : null;
        IOException[] failure = new IOException[1];
        new InputReader(InputReader.DEFAULT_MAX_CHARS).read(in, System.in, item -> {
            if (failure[0] != null) return;
            if (item instanceof InputItem.Skipped s) {
                System.err.println("dyad: skipped " + s.origin() + ": " + s.reason());
                return;
            }
            Document d = ((InputItem.Read) item).document();
            if (d.date() == null) d = d.withDate(date != null ? date : LocalDate.now());
            DocumentResult r = coder.code(d);
            try {
                if (json != null) writeJson(json, d, r.places());
                else writeText(out, d, r);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) throw failure[0];
        if (json != null) json.flush();
        out.flush();
        return 0;
    }

    private static JsonGenerator jsonl(OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private static void writeJson(JsonGenerator g, Document d, GeoResult geo) throws IOException {
        for (GeoResult.Raw raw : geo.inRawText(d.text())) {
            Toponym t = raw.toponym();
            Place p = t.place();
            g.writeStartObject();
            g.writeStringField("doc_id", d.id());
            g.writeStringField("text", t.mention().span().text());
            g.writeNumberField("start", raw.start());
            g.writeNumberField("end", raw.end());
            g.writeStringField("name", p.name());
            g.writeStringField("country", p.country());
            g.writeStringField("admin1", p.kind() == Place.Kind.ADMIN1 ? p.name() : p.admin1());
            g.writeNumberField("lat", p.lat());
            g.writeNumberField("lon", p.lon());
            if (p.geonamesId() > 0) g.writeNumberField("geonames_id", p.geonamesId());
            else g.writeNullField("geonames_id");
            g.writeStringField("feature_class", p.featureClass());
            g.writeStringField("feature_code", p.featureCode());
            g.writeStringField("precision", p.kind().label());
            g.writeNumberField("score", Math.round(t.score() * 100) / 100.0);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeText(PrintStream out, Document d, DocumentResult r) {
        GeoResult geo = r.places();
        out.println("== " + d.id() + (geo.focusCountry() == null ? "" : "  (story's country: " + geo.focusCountry() + ")"));
        for (GeoResult.Raw raw : geo.inRawText(d.text())) {
            Toponym t = raw.toponym();
            out.printf(Locale.ROOT, "%-24s [%d-%d] -> %s  %.4f, %.4f  score %.1f%n", t.mention().span().text(), raw.start(), raw.end(),
                    t.place(), t.place().lat(), t.place().lon(), t.score());
            out.println("      why: " + String.join("; ", t.reasons()));
            if (!t.runnersUp().isEmpty()) {
                StringBuilder b = new StringBuilder("      else: ");
                for (Toponym.Scored s : t.runnersUp()) b.append(s.place()).append(String.format(Locale.ROOT, " %.1f; ", s.score()));
                out.println(b.toString().replaceAll("; $", ""));
            }
        }
        for (Toponym t : geo.rejected()) {
            out.printf(Locale.ROOT, "%-24s (sentence %d) not a place: %s%n", t.mention().span().text(), t.mention().sentence() + 1,
                    String.join("; ", t.reasons()));
        }
    }
}
